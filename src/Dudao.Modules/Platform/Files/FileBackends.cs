using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// <c>Dudao:Files:Backend</c>: <c>Disk</c> (default; one instance, or a shared mount) or <c>S3</c>
/// (several instances without a shared disk).
/// </summary>
internal static class FileBackends
{
    public const string Setting = "Dudao:Files:Backend";

    public static IServiceCollection AddFileBlobs(this IServiceCollection services, IConfiguration config)
    {
        switch (config[Setting])
        {
            case null or "" or "Disk":
                services.AddSingleton<IFileBlobs, DiskFileBlobs>();
                break;
            case "S3":
                var settings = S3FileSettings.From(config);
                services.AddSingleton(settings);
                services.AddSingleton<IAmazonS3>(_ => new AmazonS3Client(new BasicAWSCredentials(settings.AccessKey, settings.SecretKey), new AmazonS3Config
                {
                    ServiceURL = settings.ServiceUrl, AuthenticationRegion = settings.Region, ForcePathStyle = true,
                    // S3-compatible stores do not all take the SDK's default trailing checksums.
                    RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                    ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                    MaxErrorRetry = 2, Timeout = TimeSpan.FromSeconds(30),
                }));
                services.AddSingleton<IFileBlobs, S3FileBlobs>();
                break;
            default:
                throw new InvalidOperationException($"{Setting} 应为 Disk 或 S3");
        }
        return services;
    }
}

using Microsoft.Extensions.Configuration;

namespace Dudao.Modules.Platform.Files;

/// <summary><c>Dudao:Files:S3:*</c>: the bucket that holds every instance's files when <c>Dudao:Files:Backend</c> is <c>S3</c>.</summary>
internal sealed record S3FileSettings(string ServiceUrl, string Bucket, string AccessKey, string SecretKey, string Region, string Prefix)
{
    public static S3FileSettings From(IConfiguration config)
    {
        var section = config.GetSection("Dudao:Files:S3");
        string Required(string key) => section[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Dudao:Files:Backend 为 S3 时必须配置 Dudao:Files:S3:{key}");
        var prefix = section["Prefix"]?.Trim('/') is { Length: > 0 } p ? p + "/" : "";
        return new S3FileSettings(Required("ServiceUrl"), Required("Bucket"), Required("AccessKey"), Required("SecretKey"),
            section["Region"] is { Length: > 0 } region ? region : "us-east-1", prefix);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;

namespace Dudao.Tests.Infrastructure;

/// <summary>
/// A local S3-compatible server for the object-store file backend: <c>s3rver</c> from npm
/// (tests/s3/package-lock.json, installed by the build), started once per test run on a free port, or
/// the server <c>DUDAO_TEST_S3</c> names (a service URL; access key and secret <c>S3RVER</c>).
/// Each app gets a bucket of its own.
/// </summary>
public static class S3TestServer
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private static readonly Lazy<string> Url = new(Start);

    public static string ServiceUrl => Url.Value;

    /// <summary>Settings for an app whose files live in a new, empty bucket.</summary>
    public static Dictionary<string, string?> NewBucketSettings()
    {
        var bucket = $"dudao-{Guid.NewGuid():N}";
        using var client = Client();
        client.PutBucketAsync(bucket).GetAwaiter().GetResult();
        return Settings(ServiceUrl, bucket);
    }

    public static Dictionary<string, string?> Settings(string serviceUrl, string bucket) => new()
    {
        ["Dudao:Files:Backend"] = "S3",
        ["Dudao:Files:S3:ServiceUrl"] = serviceUrl,
        ["Dudao:Files:S3:Bucket"] = bucket,
        ["Dudao:Files:S3:AccessKey"] = AccessKey,
        ["Dudao:Files:S3:SecretKey"] = SecretKey,
    };

    public static AmazonS3Client Client() => new(new BasicAWSCredentials(AccessKey, SecretKey), new AmazonS3Config
    {
        ServiceURL = ServiceUrl, ForcePathStyle = true, AuthenticationRegion = "us-east-1",
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });

    /// <summary>A local port nothing listens on: an object store that is down.</summary>
    public static string UnreachableUrl() => $"http://127.0.0.1:{FreePort()}";

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("DUDAO_TEST_S3") is { Length: > 0 } given) return given;
        var port = FreePort();
        var folder = Path.Combine(Path.GetTempPath(), $"dudao-s3rver-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var server = Process.Start(new ProcessStartInfo("node", [Path.Combine(Tools(), "node_modules", "s3rver", "bin", "s3rver.js"),
            "-d", folder, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("s3rver did not start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
        };
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            if (server.HasExited) throw new InvalidOperationException("s3rver stopped: " + server.StandardError.ReadToEnd());
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return $"http://127.0.0.1:{port}";
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new InvalidOperationException("s3rver did not listen within 20 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Tools()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dudao.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Dudao.slnx not found above the test output"), "tests", "s3");
    }
}

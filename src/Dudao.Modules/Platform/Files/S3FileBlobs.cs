using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// Files as objects in an S3-compatible bucket (MinIO, a government cloud's object storage), shared by
/// every instance. Any failure to reach the store is logged and becomes <see cref="FileStoreUnavailable"/>.
/// </summary>
internal sealed class S3FileBlobs(IAmazonS3 s3, S3FileSettings settings, ILogger<S3FileBlobs> log) : IFileBlobs
{
    public Task WriteAsync(string path, byte[] content, CancellationToken ct) => CallAsync("write", path, async () =>
    {
        using var body = new MemoryStream(content, writable: false);
        // One signed body, not aws-chunked: S3-compatible stores (s3rver, older MinIO) would keep the chunk framing as content.
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = settings.Bucket, Key = Key(path), InputStream = body, AutoCloseStream = false, UseChunkEncoding = false,
        }, ct);
        return true;
    });

    public Task<Stream?> OpenReadAsync(string path, CancellationToken ct) => CallAsync("read", path, async () =>
    {
        try
        {
            var response = await s3.GetObjectAsync(settings.Bucket, Key(path), ct);
            return (Stream?)response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    });

    public Task DeleteAsync(string path, CancellationToken ct) => CallAsync("delete", path, async () =>
    {
        await s3.DeleteObjectAsync(settings.Bucket, Key(path), ct);
        return true;
    });

    public async IAsyncEnumerable<BlobEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken ct)
    {
        var request = new ListObjectsV2Request { BucketName = settings.Bucket, Prefix = Key(prefix) };
        while (true)
        {
            var page = await CallAsync("list", prefix, () => s3.ListObjectsV2Async(request, ct));
            foreach (var item in page.S3Objects ?? [])
                yield return new BlobEntry(item.Key[settings.Prefix.Length..], item.LastModified?.ToUniversalTime() ?? DateTime.MinValue);
            if (page.IsTruncated != true) yield break;
            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    private string Key(string path) => settings.Prefix + path.Replace('\\', '/');

    private async Task<T> CallAsync<T>(string what, string path, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or IOException)
        {
            log.LogError(e, "File store {Operation} of {Path} failed", what, path);
            throw FileStoreUnavailable.Exception();
        }
    }
}

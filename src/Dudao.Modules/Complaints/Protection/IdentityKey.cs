using System.Security.Cryptography;
using Dudao.Modules.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dudao.Modules.Complaints.Protection;

/// <summary>
/// The AES-256 key for reporter identities, from <c>Dudao:Complaints:IdentityKey</c> (base64, 32
/// bytes), never from the database. In demo mode without one, a key is generated once into
/// <c>App_Data/complaints-identity.key</c>; otherwise a missing key stops the start-up.
/// </summary>
public sealed class IdentityKey
{
    public const string Setting = "Dudao:Complaints:IdentityKey";

    public IdentityKey(IConfiguration config, IHostEnvironment env, ILogger<IdentityKey> logger)
    {
        var configured = config[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Bytes = Parse(configured, Setting);
            return;
        }
        if (!DemoMode.IsOn(config))
        {
            throw new InvalidOperationException(
                $"未配置举报人身份加密密钥 {Setting}（32 字节的 base64，例如 openssl rand -base64 32 生成）。" +
                "该密钥不得保存在数据库中；丢失后已加密的举报人身份无法解密。");
        }
        var path = Path.Combine(env.ContentRootPath, "App_Data", "complaints-identity.key");
        Bytes = LoadOrCreate(path);
        logger.LogWarning("Demo mode: reporter identities are encrypted with the generated key in {Path}", path);
    }

    public byte[] Bytes { get; }

    private static byte[] Parse(string base64, string source)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64.Trim());
            if (bytes.Length == 32) return bytes;
        }
        catch (FormatException)
        {
        }
        throw new InvalidOperationException($"{source} 应为 32 字节密钥的 base64 编码");
    }

    /// <summary>Written to a temporary file and moved into place, so two instances starting at once agree on one key.</summary>
    private static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllText(temp, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(temp);
            }
        }
        return Parse(File.ReadAllText(path), path);
    }
}

/// <summary>Loads the key when the web host starts, so a missing key is a start-up error rather than a failed report.</summary>
internal sealed class IdentityKeyCheck(IdentityKey key) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        _ = key.Bytes;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

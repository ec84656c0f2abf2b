using Dudao.Core.Paging;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Accounts.Login;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Logs;

/// <param name="Result">In Chinese: 成功, 密码错误, 已锁定, 已停用, 需要验证码.</param>
/// <param name="Channel">web | api</param>
public sealed record LoginRecordDto(string Id, DateTime At, string UserName, string RegionCode, bool Succeeded, string Result,
    string Channel, string? ClientAddress)
{
    public static LoginRecordDto From(LoginRecord r) =>
        new(r.Id, r.At, r.UserName, r.RegionCode, r.Succeeded, LoginResultText.For(r.Result), r.Channel, r.ClientAddress);
}

/// <summary>Reads the login attempts on accounts of the caller's subtree.</summary>
internal sealed class LoginLog(AppDbContext db)
{
    public Task<PagedList<LoginRecordDto>> ListAsync(LogFilter filter, bool? succeeded, string? channel, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<LoginRecord>().AsNoTracking();
        if (succeeded is { } ok) query = query.Where(r => r.Succeeded == ok);
        if (!string.IsNullOrWhiteSpace(channel)) query = query.Where(r => r.Channel == channel.Trim());
        return filter.PageAsync(query, page, LoginRecordDto.From, ct);
    }
}

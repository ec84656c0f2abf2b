using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.PublicContacts;

/// <param name="RegionName">The region's name, e.g. 九龙坡区.</param>
public sealed record PublicContactDto(string RegionCode, string RegionName, string Authority, string Hotline);

/// <summary>
/// The public home's operator and hotlines. An office sets its own region's; the home names the
/// highest region that set one as the operator and lists every region's hotline below it.
/// </summary>
public sealed class PublicContactService(AppDbContext db, ICurrentUser me)
{
    public Task<PublicContact?> MineAsync(CancellationToken ct) =>
        db.Set<PublicContact>().AsNoTracking().FirstOrDefaultAsync(c => c.RegionCode == me.RegionCode, ct);

    public async Task SetAsync(string? authority, string? hotline, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var a = authority?.Trim() ?? "";
        var h = hotline?.Trim() ?? "";
        if (a.Length == 0) errors.Add("authority", "请填写运营单位名称");
        else if (a.Length > PublicContact.AuthorityMax) errors.Add("authority", $"运营单位名称不超过{PublicContact.AuthorityMax}个字");
        if (h.Length == 0) errors.Add("hotline", "请填写监督举报电话");
        else if (h.Length > PublicContact.HotlineMax) errors.Add("hotline", $"监督举报电话不超过{PublicContact.HotlineMax}个字符");
        else if (!h.Any(char.IsAsciiDigit) || h.Any(c => !char.IsAsciiDigit(c) && !"-－ ()（）、,，转".Contains(c, StringComparison.Ordinal) && !IsChinese(c)))
            errors.Add("hotline", "监督举报电话应为数字，可含区号短横线和说明，如 023-68781234");
        errors.ThrowIfAny();

        var contact = await db.Set<PublicContact>().FirstOrDefaultAsync(c => c.RegionCode == me.RegionCode, ct);
        if (contact is null) db.Add(new PublicContact { RegionCode = me.RegionCode, Authority = a, Hotline = h });
        else (contact.Authority, contact.Hotline) = (a, h);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every region's published contact, highest region first; public, so read past the scope.</summary>
    public async Task<IReadOnlyList<PublicContactDto>> PublishedAsync(CancellationToken ct)
    {
        var contacts = await db.Set<PublicContact>().IgnoreQueryFilters().AsNoTracking().ToListAsync(ct);
        var codes = contacts.Select(c => c.RegionCode).ToList();
        var names = await db.Set<Region>().IgnoreQueryFilters().AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return contacts.OrderBy(c => RegionCodes.Ancestry(c.RegionCode).Count).ThenBy(c => c.RegionCode, StringComparer.Ordinal)
            .Select(c => new PublicContactDto(c.RegionCode, names.GetValueOrDefault(c.RegionCode, c.RegionCode), c.Authority, c.Hotline)).ToList();
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}

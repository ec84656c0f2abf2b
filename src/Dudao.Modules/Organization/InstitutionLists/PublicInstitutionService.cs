using System.Text.RegularExpressions;
using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.InstitutionLists;

/// <summary>
/// The public lookup (no login): any institution of the registry by name or 统一社会信用代码, and the
/// white and black lists. Read past the data scope on purpose — these are the facts 信息公开 publishes —
/// and limited to public fields.
/// </summary>
public sealed partial class PublicInstitutionService(AppDbContext db, RegionDirectory regions, IPublicFees fees)
{
    /// <summary>A search without a name, code or list shows nothing rather than the whole registry.</summary>
    public async Task<PagedList<PublicInstitutionItem>> SearchAsync(PublicInstitutionQuery query, PageRequest page, CancellationToken ct)
    {
        var list = string.IsNullOrWhiteSpace(query.List) ? null : query.List.Trim();
        ValidationFailedException.ThrowIf("list", list is null ? null : Check.OneOfCodes(list, InstitutionListEntry.Lists, "名单"));
        var q = query.Q?.Trim() ?? "";
        ValidationFailedException.ThrowIf("q", Check.Length(q, 100, "查询内容"));
        if (q.Length == 0 && list is null) return new([], 0, page.Page, page.PageSize);

        var institutions = db.Set<Institution>().IgnoreQueryFilters().AsNoTracking();
        var open = db.Set<InstitutionListEntry>().IgnoreQueryFilters().Where(e => e.RemovedOn == null);
        if (q.Length > 0)
        {
            var code = q.ToUpperInvariant();
            institutions = institutions.Where(i => i.Name.Contains(q) || i.Uscc == code);
        }
        if (list is not null) institutions = institutions.Where(i => open.Any(e => e.TargetId == i.Id && e.List == list));
        var total = await institutions.CountAsync(ct);
        var rows = await institutions.OrderBy(i => i.Name).ThenBy(i => i.Uscc).Skip(page.Skip).Take(page.PageSize)
            .Select(i => new { Institution = i, Entry = open.Where(e => e.TargetId == i.Id).Select(e => new { e.List, e.EnteredOn }).FirstOrDefault() })
            .ToListAsync(ct);
        var items = new List<PublicInstitutionItem>();
        foreach (var r in rows)
        {
            var i = r.Institution;
            items.Add(new(i.Name, i.Uscc, i.Category, i.Licence, i.Status, r.Entry?.List, r.Entry?.EnteredOn, i.RegionCode, await regions.NameAsync(i.RegionCode, ct)));
        }
        return new(items, total, page.Page, page.PageSize);
    }

    /// <summary>True when <paramref name="q"/> is shaped like a 统一社会信用代码 (18 letters and digits), so a failed check should be told.</summary>
    public static bool LooksLikeUscc(string? q) => q is not null && UsccShape().IsMatch(q.Trim());

    /// <summary>The GB 32100 check of a typed code, worded for the public, or null when it passes.</summary>
    public static string? UsccError(string? uscc) =>
        Core.Uscc.Validate(uscc?.Trim().ToUpperInvariant()) is { } error ? $"{error}（按 GB 32100—2015 统一社会信用代码规则校验）" : null;

    /// <exception cref="ValidationFailedException">400 naming the GB 32100 check when the code is malformed.</exception>
    /// <exception cref="DomainException">404 when no institution has that code.</exception>
    public async Task<PublicInstitutionDto> GetAsync(string uscc, CancellationToken ct)
    {
        ValidationFailedException.ThrowIf("uscc", UsccError(uscc));
        var code = uscc.Trim().ToUpperInvariant();
        var i = await db.Set<Institution>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(x => x.Uscc == code, ct)
                ?? throw new DomainException(404, $"未找到统一社会信用代码为“{code}”的校外培训机构");
        var entries = await db.Set<InstitutionListEntry>().IgnoreQueryFilters().AsNoTracking().Where(e => e.TargetId == i.Id).ToListAsync(ct);
        var current = entries.FirstOrDefault(e => e.RemovedOn is null);
        var complaint = $"/complaints/new?targetKind=institution&regionCode={i.RegionCode}&targetName={Uri.EscapeDataString(i.Name)}";
        return new(i.Name, i.Uscc, i.Category, i.Licence, i.Status, current?.List, current?.EnteredOn, i.RegionCode, await regions.NameAsync(i.RegionCode, ct),
            i.Address, await fees.OfAsync(i.Id, ct),
            [.. entries.OrderByDescending(e => e.EnteredOn).ThenByDescending(e => e.RemovedOn ?? DateOnly.MaxValue).Select(ListEntryDto.From)], complaint);
    }

    [GeneratedRegex("^[0-9A-Za-z]{18}$")]
    private static partial Regex UsccShape();
}

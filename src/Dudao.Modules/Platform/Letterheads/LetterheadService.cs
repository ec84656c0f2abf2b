using Dudao.Core;
using Dudao.Core.Scope;
using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Shared.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Letterheads;

/// <summary>
/// An office's letterhead (full name, 文号 pattern) and the numbers it issues. A document gets its
/// number the first time it is generated and keeps it; the next number of the office's year is
/// the largest issued plus one, inserted if absent, so two requests racing for it store one row
/// and the loser takes the following number: no number repeats and none is skipped.
/// </summary>
public sealed class LetterheadService(AppDbContext db, ICurrentUser me, RegionDirectory regions, TimeProvider clock)
{
    private const int Attempts = 20;

    /// <summary>The caller's own office's letterhead, the default when it set none.</summary>
    public Task<Letterhead> MineAsync(CancellationToken ct) => OfAsync(me.RegionCode, ct);

    public async Task SetAsync(string? officeName, string? numberPattern, CancellationToken ct)
    {
        var name = officeName?.Trim() ?? "";
        var pattern = numberPattern?.Trim() ?? "";
        var errors = new ValidationErrors();
        if (name.Length == 0) errors.Add("officeName", "请填写发文机关全称");
        else errors.AddIf("officeName", Check.Length(name, Letterhead.OfficeNameMax, "发文机关全称"));
        if (pattern.Length == 0) errors.Add("numberPattern", "请填写文号格式");
        else if (Check.Length(pattern, Letterhead.PatternMax, "文号格式") is { } tooLong) errors.Add("numberPattern", tooLong);
        else if (!pattern.Contains(Letterhead.YearToken, StringComparison.Ordinal) || !pattern.Contains(Letterhead.SequenceToken, StringComparison.Ordinal))
            errors.Add("numberPattern", $"文号格式须含年份 {Letterhead.YearToken} 和序号 {Letterhead.SequenceToken}，如 九龙坡督办〔{Letterhead.YearToken}〕{Letterhead.SequenceToken}号");
        errors.ThrowIfAny();

        var letterhead = await db.Set<Letterhead>().FirstOrDefaultAsync(l => l.RegionCode == me.RegionCode, ct);
        if (letterhead is null) db.Add(new Letterhead { RegionCode = me.RegionCode, OfficeName = name, NumberPattern = pattern });
        else (letterhead.OfficeName, letterhead.NumberPattern) = (name, pattern);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The header of <paramref name="kind"/> of <paramref name="recordId"/>, issued by the office of
    /// <paramref name="regionCode"/>: the number and date it was given first, or a new one now.
    /// The caller has already checked that the record is in its scope.
    /// </summary>
    public async Task<DocumentHeader> IssueAsync(string kind, string recordId, string regionCode, CancellationToken ct)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var issued = await db.Set<DocumentNumber>().AsNoTracking().FirstOrDefaultAsync(n => n.Kind == kind && n.RecordId == recordId, ct);
            if (issued is not null) return new DocumentHeader(issued.OfficeName, issued.Number, issued.IssuedOn);

            var letterhead = await OfAsync(regionCode, ct);
            var today = clock.Today();
            var last = await db.Set<DocumentNumber>().AsNoTracking().Where(n => n.RegionCode == regionCode && n.Year == today.Year)
                .MaxAsync(n => (int?)n.Sequence, ct) ?? 0;
            db.AddIfAbsent(new DocumentNumber
            {
                RegionCode = regionCode, Kind = kind, RecordId = recordId, Year = today.Year, Sequence = last + 1,
                Number = letterhead.Format(today.Year, last + 1), OfficeName = letterhead.OfficeName, IssuedOn = today,
            });
            await db.SaveChangesAsync(ct);
        }
        throw new InvalidOperationException($"No document number could be issued for {kind} {recordId} after {Attempts} attempts.");
    }

    /// <summary>The letterhead of the office of <paramref name="regionCode"/>; read past the scope, as a document names its issuer to anyone who may read it.</summary>
    private async Task<Letterhead> OfAsync(string regionCode, CancellationToken ct) =>
        await db.Set<Letterhead>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(l => l.RegionCode == regionCode, ct)
        ?? await DefaultAsync(regionCode, ct);

    /// <summary>重庆市九龙坡区人民政府教育督导室 with 九龙坡督办〔{年}〕{号}号.</summary>
    private async Task<Letterhead> DefaultAsync(string regionCode, CancellationToken ct)
    {
        var names = new List<string>();
        foreach (var code in RegionCodes.Ancestry(regionCode))
        {
            if (await regions.FindAsync(code, ct) is { } region && !RegionDirectory.IsSkipped(region) && !names.Contains(region.Name, StringComparer.Ordinal))
                names.Add(region.Name);
        }
        var own = names.Count > 0 ? names[^1] : regionCode;
        return new Letterhead
        {
            RegionCode = regionCode,
            OfficeName = $"{string.Concat(names)}人民政府教育督导室",
            NumberPattern = $"{ShortName(own)}督办〔{Letterhead.YearToken}〕{Letterhead.SequenceToken}号",
        };
    }

    private static readonly string[] Suffixes = ["特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县", "旗", "盟"];

    /// <summary>九龙坡区 → 九龙坡, 重庆市 → 重庆; a two-character name keeps its suffix (渝中区 → 渝中, but 和县 stays).</summary>
    private static string ShortName(string name) =>
        Suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length - s.Length >= 2) is { } suffix ? name[..^suffix.Length] : name;
}

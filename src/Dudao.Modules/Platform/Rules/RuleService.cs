using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Rules;

/// <param name="Source">Where the default comes from: seed document, regulation or local default.</param>
/// <param name="SetAt">The region whose setting applies, or null for the default.</param>
public sealed record RuleValueDto(string Key, string Label, string Unit, string Module, int Default, int Min, int Max, int Value, string? SetAt,
    RuleSource Source);

/// <summary>
/// The effective value of a rule for a region: the nearest setting on the way up county → city →
/// province, else the default.
/// </summary>
public sealed class RuleService(IEnumerable<IRuleSet> sets, AppDbContext db, ICurrentUser me)
{
    private Dictionary<string, RuleDefinition> Definitions => sets.SelectMany(s => s.Rules).ToDictionary(r => r.Key);

    public async Task<int> GetAsync(string key, string regionCode, CancellationToken ct) =>
        (await EffectiveAsync(regionCode, ct)).Single(r => r.Key == key).Value;

    public async Task<IReadOnlyList<RuleValueDto>> EffectiveAsync(string regionCode, CancellationToken ct)
    {
        var chain = RegionCodes.Ancestry(regionCode);
        // Rules set higher up than the caller's own unit still apply to it, so read past the scope filter.
        var settings = await db.Set<RuleSetting>().IgnoreQueryFilters().AsNoTracking().Where(s => chain.Contains(s.RegionCode)).ToListAsync(ct);
        return Definitions.Values.OrderBy(d => d.Module).ThenBy(d => d.Key).Select(d =>
        {
            var nearest = settings.Where(s => s.Key == d.Key).OrderByDescending(s => chain.IndexOf(s.RegionCode)).FirstOrDefault();
            return new RuleValueDto(d.Key, d.Label, d.Unit, d.Module, d.Default, d.Min, d.Max, nearest?.Value ?? d.Default, nearest?.RegionCode, d.Source);
        }).ToList();
    }

    /// <summary>Sets a region's value; only for a region inside the caller's scope, within the rule's range.</summary>
    public async Task SetAsync(string key, string regionCode, int value, CancellationToken ct)
    {
        var definition = Definitions.GetValueOrDefault(key) ?? throw DomainException.NotFound($"规则“{key}”");
        if (!RegionCodes.IsWellFormed(regionCode) || !me.Scope.Covers(regionCode))
            throw ValidationFailedException.For("regionCode", Check.RegionOutOfScope(regionCode));
        if (value < definition.Min || value > definition.Max)
            throw ValidationFailedException.For("value", $"“{definition.Label}”应在 {definition.Min}–{definition.Max} {definition.Unit} 之间");
        var setting = await db.Set<RuleSetting>().FirstOrDefaultAsync(s => s.Key == key && s.RegionCode == regionCode, ct);
        if (setting is null) db.Add(new RuleSetting { Key = key, RegionCode = regionCode, Value = value });
        else setting.Value = value;
        await db.SaveChangesAsync(ct);
    }
}

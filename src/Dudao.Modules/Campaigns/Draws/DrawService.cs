using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Campaigns.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Campaigns.Draws;

public sealed record DrawSummaryDto(string Id, string RegionCode, string Title, string Status, string TargetKind, int TargetCount, int InspectorCount,
    int PoolTargets, DateOnly SeedFixedOn, DateTime CreatedAt, DateTime? RunAt);

/// <summary>
/// 双随机一公开: announces a draw with its frozen inputs and runs it once the seed is known (at once when
/// the seed comes with the announcement). The result is <see cref="DrawAlgorithm"/> of the published
/// input and the seed, nothing else; the service only stores it.
/// </summary>
public sealed class DrawService(AppDbContext db, ICurrentUser me, RegionDirectory regions, DrawPool pools, TimeProvider clock)
{
    public const int MaxTargets = 500;
    public const int MaxTeam = 10;

    public async Task<DrawDto> AnnounceAsync(DrawInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var region = RegionFilter.OrDefault(input.RegionCode, me.RegionCode);
        errors.AddIf("regionCode", await regions.CheckInScopeAsync(region, me.Scope, county: false, ct));
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0) errors.Add("title", "请填写抽查名称");
        errors.AddIf("title", Check.Length(title, 100, "抽查名称"));
        var kind = input.TargetKind?.Trim();
        errors.AddIf("targetKind", Check.OneOfCodes(kind, [Assignment.SchoolTarget, Assignment.InstitutionTarget], "抽查对象类型"));
        if (input.TargetCount is not (>= 1 and <= MaxTargets)) errors.Add("targetCount", $"抽取对象数应为1至{MaxTargets}");
        if (input.InspectorCount is not (>= 1 and <= MaxTeam)) errors.Add("inspectorCount", $"每个对象的检查人员数应为1至{MaxTeam}");
        var seed = string.IsNullOrWhiteSpace(input.Seed) ? null : input.Seed.Trim();
        if (seed is not null) errors.AddIf("seed", SeedError(seed));
        var today = clock.Today();
        var seedDay = seed is null ? input.SeedFixedOn : today;
        if (seedDay is null) errors.Add("seedFixedOn", "请填写确定随机种子的日期（先公布抽查，到这一天再录入种子抽取）");
        else if (seedDay < today) errors.Add("seedFixedOn", "确定随机种子的日期不能早于今天");
        else errors.AddIf("seedFixedOn", DateBounds.Check(seedDay));
        errors.AddIf("seedSource", Check.Length(input.SeedSource, 200, "种子来源"));
        var levels = (input.InspectorLevels ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).Distinct().ToList();
        foreach (var level in levels) errors.AddIf("inspectorLevels", Check.OneOfCodes(level, DrawPool.Levels, "督学层级"));
        var recusals = input.Recusals ?? [];
        if (recusals.Count > 500) errors.Add("recusals", "回避关系不能多于500条");
        errors.ThrowIfAny();
        if (levels.Count == 0) levels = [RegionCodes.LevelOf(region) == RegionCodes.Township ? RegionCodes.County : RegionCodes.LevelOf(region)];

        var (targets, inspectors, conflicts, filter) = await pools.BuildAsync(region, kind!, input.TargetFilter ?? new DrawFilterInput(), levels, recusals, errors, ct);
        errors.ThrowIfAny();
        if (targets.Count == 0) errors.Add("targetFilter", "按所选条件没有可抽取的督导对象");
        else if (input.TargetCount > targets.Count) errors.Add("targetCount", $"抽取对象数（{input.TargetCount}）超过对象库中的对象数（{targets.Count}）");
        if (input.InspectorCount > inspectors.Count) errors.Add("inspectorCount", $"每个对象的检查人员数（{input.InspectorCount}）超过督学库中的人数（{inspectors.Count}）");
        errors.ThrowIfAny();
        var document = new DrawDocument(region, title, kind!, filter, input.TargetCount!.Value, input.InspectorCount!.Value, seedDay!.Value,
            string.IsNullOrWhiteSpace(input.SeedSource) ? null : input.SeedSource.Trim(), targets, inspectors, conflicts);
        if (document.FirstUnpairable() is { } stuck)
            throw ValidationFailedException.For("inspectorCount", $"“{stuck.Name}”除去回避的督学后不足{input.InspectorCount}名，请减少每组人数或扩大督学库");

        var canonical = document.ToCanonicalJson();
        var draw = new Draw
        {
            RegionCode = region, Title = title, TargetKind = kind!, TargetCount = document.TargetCount, InspectorCount = document.InspectorCount,
            SeedFixedOn = document.SeedFixedOn, SeedSource = document.SeedSource, Input = canonical, InputsHash = CanonicalJson.Sha256(canonical),
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = me.UserName,
        };
        if (seed is not null) Apply(draw, seed);
        db.Add(draw);
        await db.SaveChangesAsync(ct);
        return DrawDto.From(draw);
    }

    public async Task<DrawDto> RunAsync(string id, DrawRunInput input, CancellationToken ct)
    {
        var draw = await db.Set<Draw>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw DomainException.NotFound("抽查");
        var seed = input.Seed?.Trim();
        if (string.IsNullOrEmpty(seed)) throw ValidationFailedException.For("seed", "请填写随机种子");
        ValidationFailedException.ThrowIf("seed", SeedError(seed));
        if (draw.Status == Draw.Run) throw DomainException.Conflict($"该抽查已于{TimeText(draw.RunAt)}以种子“{draw.Seed}”抽取，结果不能重抽");
        if (clock.Today() < draw.SeedFixedOn)
            throw DomainException.Conflict($"公布的种子确定日为{draw.SeedFixedOn:yyyy-MM-dd}，在此之前不能抽取");
        Apply(draw, seed);
        await db.SaveChangesAsync(ct);
        return DrawDto.From(draw);
    }

    public async Task<IReadOnlyList<DrawSummaryDto>> ListAsync(CancellationToken ct) =>
        (await db.Set<Draw>().AsNoTracking().OrderByDescending(d => d.CreatedAt).Take(200).ToListAsync(ct))
        .Select(d => new DrawSummaryDto(d.Id, d.RegionCode, d.Title, d.Status, d.TargetKind, d.TargetCount, d.InspectorCount,
            DrawDocument.Parse(d.Input).Targets.Count, d.SeedFixedOn, d.CreatedAt, d.RunAt)).ToList();

    public async Task<DrawDto> GetAsync(string id, CancellationToken ct) =>
        DrawDto.From(await db.Set<Draw>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw DomainException.NotFound("抽查"));

    /// <summary>The staff view of a draw in its scope: the public view plus nothing hidden (404 outside the scope).</summary>
    public async Task<DrawView> ViewAsync(string id, CancellationToken ct)
    {
        var draw = await db.Set<Draw>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw DomainException.NotFound("抽查");
        return await DrawViews.BuildAsync(db, regions, draw, ct);
    }

    private void Apply(Draw draw, string seed)
    {
        draw.Seed = seed;
        draw.Result = DrawAlgorithm.Run(draw.Input, seed).ToCanonicalJson();
        draw.Status = Draw.Run;
        draw.RunAt = clock.GetUtcNow().UtcDateTime;
        draw.RunBy = me.UserName;
    }

    private static string? SeedError(string seed) =>
        DrawAlgorithm.IsValidSeed(seed) ? null : "随机种子只能由字母、数字、“-”和“.”组成，不超过64个字符（如开奖号码 03-07-12-21-28-33-05）";

    private static string TimeText(DateTime? utc) => utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
}

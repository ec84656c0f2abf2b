using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Data.Scope;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Teams.Domain;
using Dudao.Modules.Teams.Grants;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Teams.Cross;

/// <summary>
/// 交叉检查 batches: an office pairs the regions below it (<see cref="CrossPairing"/>) for a half-year,
/// each inspecting region's team gets a dated grant on the region it inspects (ADR-112), and the
/// batch, its pairs, teams and grants are saved at once.
/// </summary>
public sealed class CrossInspectionService(AppDbContext db, ICurrentUser me, RegionDirectory regions, TeamGrants grants, TimeProvider clock)
{
    public const string Algorithm = "cycle-sha256-v1";
    public const int MaxRegions = 100;

    /// <summary>The kinds of account that may be on a cross team: the inspecting region's inspectors, office staff and departments.</summary>
    private static readonly string[] MemberKinds = [OrgKinds.Inspector, OrgKinds.Office, OrgKinds.Department];

    public async Task<IReadOnlyList<CrossListItem>> ListAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var batches = await db.Set<CrossInspection>().AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.Half)
            .Select(c => new { c.Id, c.Year, c.Half, c.From, c.To, Regions = db.Set<CrossPair>().Count(p => p.CrossInspectionId == c.Id) })
            .ToListAsync(ct);
        return batches.Select(c => new CrossListItem(c.Id, c.Year, c.Half, c.From, c.To, c.Regions, TeamStatus.Of(c.From, c.To, today))).ToList();
    }

    public async Task<CrossInspectionDto> GetAsync(string id, CancellationToken ct)
    {
        var batch = await db.Set<CrossInspection>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw DomainException.NotFound("交叉检查");
        var pairs = await db.Set<CrossPair>().AsNoTracking().Where(p => p.CrossInspectionId == id).OrderBy(p => p.Position).ToListAsync(ct);
        var pairIds = pairs.Select(p => p.Id).ToList();
        var members = await db.Set<TeamMember>().AsNoTracking().Where(m => m.TeamKind == TeamKinds.Cross && pairIds.Contains(m.TeamId))
            .OrderBy(m => m.UserName).ToListAsync(ct);
        return new CrossInspectionDto(batch.Id, batch.RegionCode, batch.Year, batch.Half, batch.From, batch.To, batch.Seed, Algorithm,
            TeamStatus.Of(batch.From, batch.To, clock.Today()),
            pairs.Select(p => new CrossPairDto(p.Id, p.Inspecting, p.InspectingName, p.Inspected, p.InspectedName,
                members.Where(m => m.TeamId == p.Id).Select(m => new TeamMemberDto(m.UserName, m.DisplayName)).ToList())).ToList());
    }

    public async Task<CrossInspectionDto> CreateAsync(CrossInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var codes = (input.RegionCodes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var found = new List<Organization.Domain.Region>();
        if (codes.Count < 2)
        {
            errors.Add("regionCodes", "请至少选择两个参加交叉检查的地区");
        }
        else if (codes.Count > MaxRegions)
        {
            errors.Add("regionCodes", $"一批交叉检查最多{MaxRegions}个地区");
        }
        else
        {
            foreach (var code in codes)
            {
                var region = RegionCodes.IsWellFormed(code) ? await regions.FindAsync(code, ct) : null;
                if (region is null) errors.Add("regionCodes", $"行政区划代码“{(code.Length <= 12 ? code : code[..12])}”不存在");
                else if (!me.Scope.Covers(code) || code == me.RegionCode) errors.Add("regionCodes", Check.RegionOutOfScope(code));
                else found.Add(region);
            }
            if (found.Select(r => r.Level).Distinct().Count() > 1) errors.Add("regionCodes", "参加交叉检查的地区应为同一级（如同一市的各区县）");
        }
        if (input.Year is not { } year) errors.Add("year", "请填写年度");
        else if (year < DateBounds.Earliest.Year || year > DateBounds.Latest.Year) errors.Add("year", $"年份应在 {DateBounds.Earliest.Year} 至 {DateBounds.Latest.Year} 之间");
        if (input.Half is not (1 or 2)) errors.Add("half", "批次应为 1（上半年）或 2（下半年）");
        if (input.From is null) errors.Add("from", "请填写开始日期");
        if (input.To is null) errors.Add("to", "请填写结束日期");
        if (!errors.Any)
        {
            var (first, last) = CrossInspection.HalfDates(input.Year!.Value, input.Half!.Value);
            var half = $"{input.Year}年{CrossInspection.HalfLabel(input.Half.Value)}";
            if (input.From < first || input.From > last) errors.Add("from", $"开始日期应在{half}（{first:yyyy-MM-dd} 至 {last:yyyy-MM-dd}）之内");
            if (input.To < first || input.To > last) errors.Add("to", $"结束日期应在{half}（{first:yyyy-MM-dd} 至 {last:yyyy-MM-dd}）之内");
            else if (input.To < input.From) errors.Add("to", "结束日期不能早于开始日期");
        }
        var seed = string.IsNullOrWhiteSpace(input.Seed) ? CrossPairing.NewSeed() : input.Seed.Trim();
        errors.AddIf("seed", Check.Length(seed, 64, "随机种子", "个字符"));
        errors.ThrowIfAny();
        if (await db.Set<CrossInspection>().AnyAsync(c => c.RegionCode == me.RegionCode && c.Year == input.Year && c.Half == input.Half, ct))
            throw DomainException.Conflict($"{input.Year}年{CrossInspection.HalfLabel(input.Half!.Value)}的交叉检查已经安排");

        var batch = new CrossInspection
        {
            RegionCode = me.RegionCode, Year = input.Year!.Value, Half = input.Half!.Value, From = input.From!.Value, To = input.To!.Value,
            Seed = seed, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = me.UserName,
        };
        db.Add(batch);
        var names = found.ToDictionary(r => r.Code, r => r.Name);
        var position = 0;
        foreach (var (inspecting, inspected) in CrossPairing.Pair(codes, seed))
        {
            var pair = new CrossPair
            {
                CrossInspectionId = batch.Id, RegionCode = batch.RegionCode, Position = position++,
                Inspecting = inspecting, InspectingName = names[inspecting], Inspected = inspected, InspectedName = names[inspected],
            };
            db.Add(pair);
            // The inspecting region's inspectors make its team until the office changes it.
            var team = await Candidates(inspecting).Where(u => u.OrgKind == OrgKinds.Inspector).ToListAsync(ct);
            await FormTeamAsync(batch, pair, team, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two clerks creating the same half-year at once: the unique index keeps one.
            throw DomainException.Conflict($"{batch.Year}年{CrossInspection.HalfLabel(batch.Half)}的交叉检查已经安排");
        }
        return await GetAsync(batch.Id, ct);
    }

    /// <summary>The accounts that may join the team of <paramref name="inspecting"/> in a batch.</summary>
    public async Task<IReadOnlyList<TeamCandidate>> CandidatesAsync(string id, string inspecting, CancellationToken ct)
    {
        var pair = await PairAsync(id, inspecting, ct);
        return await Candidates(pair.Inspecting).OrderBy(u => u.OrgKind).ThenBy(u => u.UserName)
            .Select(u => new TeamCandidate(u.UserName, u.DisplayName, u.OrgKind)).ToListAsync(ct);
    }

    /// <summary>Replaces the inspecting region's team; members taken off lose their access with the same save. Refused once the batch has ended.</summary>
    public async Task<CrossInspectionDto> SetTeamAsync(string id, string inspecting, TeamInput input, CancellationToken ct)
    {
        var pair = await PairAsync(id, inspecting, ct);
        var batch = await db.Set<CrossInspection>().FirstAsync(c => c.Id == id, ct);
        if (clock.Today() > batch.To) throw DomainException.Conflict("这批交叉检查已经结束，检查组不能再调整");
        var wanted = (input.UserNames ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var team = await Candidates(pair.Inspecting).Where(u => wanted.Contains(u.UserName)).ToListAsync(ct);
        var missing = wanted.Except(team.Select(u => u.UserName), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw ValidationFailedException.For("userNames", $"账号“{string.Join("、", missing.Take(5))}”不是{pair.InspectingName}的督学或工作人员，不能加入其检查组");
        db.RemoveRange(await db.Set<TeamMember>().Where(m => m.TeamKind == TeamKinds.Cross && m.TeamId == pair.Id).ToListAsync(ct));
        await FormTeamAsync(batch, pair, team, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task FormTeamAsync(CrossInspection batch, CrossPair pair, IReadOnlyList<User> team, CancellationToken ct)
    {
        db.AddRange(team.Select(u => new TeamMember
        {
            TeamKind = TeamKinds.Cross, TeamId = pair.Id, RegionCode = batch.RegionCode, UserId = u.Id, UserName = u.UserName, DisplayName = u.DisplayName,
        }));
        await grants.ReplaceAsync(TeamKinds.Cross, pair.Id,
            team.Select(u => ScopeGrant.Of(u.Id, pair.Inspected, null, batch.From, batch.To, TeamKinds.Cross, pair.Id)), ct);
    }

    private IQueryable<User> Candidates(string region) =>
        db.Set<User>().Where(u => u.RegionCode == region && u.IsActive && MemberKinds.Contains(u.OrgKind));

    private async Task<CrossPair> PairAsync(string id, string inspecting, CancellationToken ct) =>
        await db.Set<CrossPair>().FirstOrDefaultAsync(p => p.CrossInspectionId == id && p.Inspecting == inspecting, ct)
        ?? throw DomainException.NotFound("交叉检查组");
}

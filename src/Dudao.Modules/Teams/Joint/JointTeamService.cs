using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Data.Scope;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Inspections.Visits;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Teams.Cross;
using Dudao.Modules.Teams.Domain;
using Dudao.Modules.Teams.Grants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Teams.Joint;

/// <summary>
/// 联合督查 teams (ADR-113): an office lists targets and dates and the partner agencies' staff, whose
/// accounts are made here with the team; each partner gets a dated grant per target, so it sees those
/// targets on those dates and nothing else. Partners record what they find as the team's joint visits.
/// </summary>
public sealed class JointTeamService(AppDbContext db, ICurrentUser me, SupervisionTargets targets, TeamGrants grants, UserManager<User> users,
    VisitService visits, TimeProvider clock)
{
    public const int MaxTargets = 200;
    public const int MaxPartners = 20;

    public async Task<IReadOnlyList<JointTeamDto>> ListAsync(CancellationToken ct)
    {
        var teams = await db.Set<JointTeam>().AsNoTracking().OrderByDescending(t => t.From).ThenBy(t => t.Name).Take(200).ToListAsync(ct);
        return await ToDtosAsync(teams, ct);
    }

    public async Task<JointTeamDto> GetAsync(string id, CancellationToken ct)
    {
        var team = await db.Set<JointTeam>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw DomainException.NotFound("联合督查组");
        return (await ToDtosAsync([team], ct))[0];
    }

    public async Task<JointTeamDto> CreateAsync(JointInput input, CancellationToken ct)
    {
        if (me.OrgKind != OrgKinds.Office) throw DomainException.Forbidden("只有督导部门可以组建联合督查组");
        var errors = new ValidationErrors();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", "请填写督查组名称");
        else errors.AddIf("name", Check.Length(name, 100, "督查组名称"));
        if (input.From is null) errors.Add("from", "请填写开始日期");
        if (input.To is null) errors.Add("to", "请填写结束日期");
        DateBounds.CheckRange(errors, input.From, input.To);
        if (input.To is { } end && end < clock.Today() && !errors.Any) errors.Add("to", "结束日期不能早于今天");

        var chosen = new List<SupervisionTarget>();
        var refs = input.Targets ?? [];
        if (refs.Count == 0)
        {
            errors.Add("targets", "请至少选择一个督导对象");
        }
        else if (refs.Count > MaxTargets)
        {
            errors.Add("targets", $"一个督查组最多{MaxTargets}个督导对象");
        }
        else
        {
            for (var i = 0; i < refs.Count; i++)
            {
                var target = await targets.FindAsync(refs[i].Kind, refs[i].Id, ct);
                if (target is null) errors.Add($"targets[{i}]", Check.MissingOrOutOfScope("督导对象"));
                else if (chosen.All(t => t.Id != target.Id)) chosen.Add(target);
            }
        }

        var partners = await PartnersAsync(input.Partners ?? [], errors, ct);
        errors.ThrowIfAny();

        var team = new JointTeam
        {
            RegionCode = me.RegionCode, Name = name!, From = input.From!.Value, To = input.To!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = me.UserName,
        };
        db.Add(team);
        db.AddRange(chosen.Select(t => new JointTarget
        {
            JointTeamId = team.Id, RegionCode = t.RegionCode, TargetKind = t.Kind, TargetId = t.Id, TargetName = t.Name.Length > 100 ? t.Name[..100] : t.Name,
        }));
        foreach (var (user, agency) in partners)
        {
            db.Add(new TeamMember
            {
                TeamKind = TeamKinds.Joint, TeamId = team.Id, RegionCode = team.RegionCode, UserId = user.Id, UserName = user.UserName,
                DisplayName = user.DisplayName, Agency = agency,
            });
        }
        await grants.ReplaceAsync(TeamKinds.Joint, team.Id,
            partners.SelectMany(p => chosen.Select(t => ScopeGrant.Of(p.User.Id, t.RegionCode, t.Id, team.From, team.To, TeamKinds.Joint, team.Id))), ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(team.Id, ct);
    }

    /// <summary>The joint teams the calling partner is on, with their targets, read past the filter by the caller's own membership.</summary>
    public async Task<IReadOnlyList<JointTeamDto>> MineAsync(CancellationToken ct)
    {
        var userId = me.UserId ?? "";
        var teamIds = db.Set<TeamMember>().IgnoreQueryFilters().Where(m => m.TeamKind == TeamKinds.Joint && m.UserId == userId).Select(m => m.TeamId);
        var teams = await db.Set<JointTeam>().IgnoreQueryFilters().AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .OrderByDescending(t => t.From).ToListAsync(ct);
        return await ToDtosAsync(teams, ct, ignoreFilters: true);
    }

    /// <summary>
    /// A partner records a joint visit at one of the team's targets with what it found; each finding opens a
    /// problem as any visit's does. The target is read through the caller's scope, so the grant's dates decide (404 outside them).
    /// </summary>
    public async Task<JointVisitRecorded> RecordAsync(string teamId, JointFindingInput input, CancellationToken ct)
    {
        var team = (await MineAsync(ct)).FirstOrDefault(t => t.Id == teamId) ?? throw DomainException.NotFound("联合督查组");
        var target = team.Targets.FirstOrDefault(t => t.Id == input.TargetId);
        if (target is null) throw ValidationFailedException.For("targetId", "请选择本组的督导对象");
        if (input.Date is { } date && (date < team.From || date > team.To))
            throw ValidationFailedException.For("date", $"督导日期应在本组督查期间（{team.From:yyyy-MM-dd} 至 {team.To:yyyy-MM-dd}）之内");
        if (input.Findings is not { Count: > 0 }) throw ValidationFailedException.For("findings[0].text", "请至少填写一个发现的问题");
        var created = await visits.RecordAsync(new VisitInput(target.Kind, target.Id, input.Date, "joint", ["campus-patrol"], null, [],
            input.Findings.Select(f => new FindingInput(f.Text, f.Severity, null)).ToList(), Summary(input.Summary, team.Name)), null, ct);
        return new JointVisitRecorded(created.Id, created.ProblemIds);
    }

    private static string? Summary(string? summary, string team) => string.IsNullOrWhiteSpace(summary) ? $"{team}联合督查" : summary;

    /// <summary>New partner accounts (checked as the user pages check them, saved with the team) or existing ones of the office.</summary>
    private async Task<List<(User User, string Agency)>> PartnersAsync(List<PartnerInput> input, ValidationErrors errors, CancellationToken ct)
    {
        var result = new List<(User, string)>();
        if (input.Count == 0) errors.Add("partners", "请至少添加一名成员单位人员");
        if (input.Count > MaxPartners) errors.Add("partners", $"一个督查组最多{MaxPartners}名成员单位人员");
        if (errors.ToDictionary().ContainsKey("partners")) return result;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < input.Count; i++)
        {
            var p = input[i];
            var at = $"partners[{i}]";
            var userName = p.UserName?.Trim() ?? "";
            var agency = p.Agency?.Trim() ?? "";
            if (agency.Length == 0) errors.Add($"{at}.agency", "请填写所属成员单位");
            else errors.AddIf($"{at}.agency", Check.Length(agency, 32, "所属成员单位"));
            if (userName.Length == 0) { errors.Add($"{at}.userName", "请填写用户名"); continue; }
            if (!seen.Add(userName)) { errors.Add($"{at}.userName", $"用户名“{userName}”重复"); continue; }
            var existing = await users.FindByNameAsync(userName);
            if (string.IsNullOrEmpty(p.Password))
            {
                // An existing partner account of this office may join another team.
                if (existing is null || existing.OrgKind != OrgKinds.Partner || existing.RegionCode != me.RegionCode)
                    errors.Add($"{at}.password", "新成员请设置初始密码（已有的成员单位账号可不填）");
                else result.Add((existing, agency));
                continue;
            }
            if (existing is not null) { errors.Add($"{at}.userName", $"用户名“{userName}”已被使用"); continue; }
            if (userName.Length > 64 || userName.Any(c => !users.Options.User.AllowedUserNameCharacters.Contains(c, StringComparison.Ordinal)))
            {
                errors.Add($"{at}.userName", "用户名只能由字母、数字和 - . _ @ 组成，不超过64个字符");
                continue;
            }
            var display = p.DisplayName?.Trim() ?? "";
            if (display.Length == 0) errors.Add($"{at}.displayName", "请填写姓名");
            else errors.AddIf($"{at}.displayName", Check.Length(display, 64, "姓名"));
            var user = new User
            {
                UserName = userName, NormalizedUserName = users.NormalizeName(userName), DisplayName = display, OrgKind = OrgKinds.Partner,
                RegionCode = me.RegionCode, Roles = Roles.Partner, CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, user, p.Password);
                foreach (var error in check.Errors) errors.Add($"{at}.password", error.Description);
            }
            user.PasswordHash = users.PasswordHasher.HashPassword(user, p.Password);
            db.Add(user);
            result.Add((user, agency));
        }
        return result;
    }

    private async Task<List<JointTeamDto>> ToDtosAsync(List<JointTeam> teams, CancellationToken ct, bool ignoreFilters = false)
    {
        var ids = teams.Select(t => t.Id).ToList();
        var targetRows = ignoreFilters ? db.Set<JointTarget>().IgnoreQueryFilters() : db.Set<JointTarget>();
        var memberRows = ignoreFilters ? db.Set<TeamMember>().IgnoreQueryFilters() : db.Set<TeamMember>();
        var listed = await targetRows.AsNoTracking().Where(t => ids.Contains(t.JointTeamId)).OrderBy(t => t.TargetName).ToListAsync(ct);
        var members = await memberRows.AsNoTracking().Where(m => m.TeamKind == TeamKinds.Joint && ids.Contains(m.TeamId)).OrderBy(m => m.UserName).ToListAsync(ct);
        var today = clock.Today();
        return teams.Select(t => new JointTeamDto(t.Id, t.RegionCode, t.Name, t.From, t.To, TeamStatus.Of(t.From, t.To, today),
            listed.Where(x => x.JointTeamId == t.Id).Select(x => new JointTargetDto(x.TargetKind, x.TargetId, x.TargetName, x.RegionCode)).ToList(),
            members.Where(m => m.TeamId == t.Id).Select(m => new PartnerDto(m.UserName, m.DisplayName, m.Agency)).ToList())).ToList();
    }
}

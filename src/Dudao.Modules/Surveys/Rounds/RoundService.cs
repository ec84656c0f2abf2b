using System.Buffers.Text;
using System.Security.Cryptography;
using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Surveys.Domain;
using Dudao.Modules.Surveys.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Surveys.Rounds;

/// <summary>
/// Monitoring rounds and their links. An office sees the rounds of the regions above it and in its scope
/// (a county sees the city's round, for its own schools); it starts and closes rounds in its scope.
/// </summary>
public sealed class RoundService(AppDbContext db, QuestionnaireService questionnaires, RegionDirectory regions, TimeProvider clock)
{
    public const int MaxDays = 366;

    public async Task<IReadOnlyList<RoundDto>> ListAsync(CancellationToken ct)
    {
        var rounds = await Visible().AsNoTracking().OrderByDescending(r => r.From).ThenByDescending(r => r.CreatedAt).Take(200).ToListAsync(ct);
        var result = new List<RoundDto>();
        foreach (var round in rounds) result.Add(await ToDtoAsync(round, ct));
        return result;
    }

    public async Task<RoundDto> GetAsync(string id, CancellationToken ct) => await ToDtoAsync(await LoadAsync(id, ct), ct);

    public async Task<SurveyRound> LoadAsync(string id, CancellationToken ct) =>
        await Visible().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw DomainException.NotFound("问卷监测");

    public async Task<RoundCreated> CreateAsync(RoundInput input, CancellationToken ct)
    {
        var me = db.User;
        if (me.OrgKind != OrgKinds.Office) throw DomainException.Forbidden("问卷监测由省、市、区县督导部门发起");
        var errors = new ValidationErrors();
        var region = RegionFilter.OrDefault(input.RegionCode, me.RegionCode);
        var found = await regions.FindAsync(region, ct);
        if (found is null || found.Level == RegionCodes.Township) errors.Add("regionCode", $"行政区划代码“{region}”应为存在的省、市或区县");
        else errors.AddIf("regionCode", Check.InScope(me.Scope, region));
        Questionnaire? questionnaire = null;
        if (string.IsNullOrWhiteSpace(input.Questionnaire)) errors.Add("questionnaire", "请选择问卷");
        else if ((questionnaire = await questionnaires.FindAsync(input.Questionnaire.Trim(), ct)) is null)
            errors.Add("questionnaire", Check.MissingOrOutOfScope("问卷"));
        if (input.From is null) errors.Add("from", "请填写开始日期");
        if (input.To is null) errors.Add("to", "请填写结束日期");
        if (input.From is { } from && input.To is { } to)
        {
            if (to < from) errors.Add("to", "结束日期不能早于开始日期");
            else if (to.DayNumber - from.DayNumber + 1 > MaxDays) errors.Add("to", $"一轮监测最长{MaxDays}天");
            else if (to < clock.Today()) errors.Add("to", "结束日期不能早于今天");
        }
        var audiences = (input.Audiences ?? []).Select(a => a.Trim()).Distinct().ToList();
        if (audiences.Count == 0 || audiences.Any(a => !Audiences.All.Contains(a)))
        {
            errors.Add("audiences", $"请选择答题对象：{Check.NotOneOfCodes("答题对象", Audiences.All)}");
        }
        else if (questionnaire is not null)
        {
            var questions = await questionnaires.QuestionsAsync(questionnaire.Id, ct);
            foreach (var a in audiences.Where(a => !questions.Any(q => q.AskedOf(a))))
                errors.Add("audiences", $"问卷中没有面向{Audiences.Label(a)}的题目");
        }
        var title = string.IsNullOrWhiteSpace(input.Title) ? $"{questionnaire?.Name}（{input.From:yyyy年M月}）" : input.Title.Trim();
        errors.AddIf("title", Check.Length(title, 100, "标题"));
        errors.ThrowIfAny();

        var round = new SurveyRound
        {
            OwnerRegion = region, Title = title, QuestionnaireId = questionnaire!.Id, From = input.From!.Value, To = input.To!.Value,
            Audiences = string.Join(',', Audiences.All.Where(audiences.Contains)), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = me.UserName,
        };
        db.Add(round);
        await db.SaveChangesAsync(ct);
        return new RoundCreated(round.Id);
    }

    /// <summary>Ends a round before its last day: its links then refuse answers.</summary>
    public async Task<RoundDto> CloseAsync(string id, CancellationToken ct)
    {
        var round = await Visible().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw DomainException.NotFound("问卷监测");
        if (!db.User.Scope.Covers(round.OwnerRegion)) throw DomainException.Forbidden("只有发起本轮监测的督导部门可以结束它");
        if (round.ClosedAt is not null) throw DomainException.Conflict("本轮监测已经结束");
        round.ClosedAt = clock.GetUtcNow().UtcDateTime;
        round.ClosedBy = db.User.UserName;
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(round, ct);
    }

    /// <summary>
    /// The links of the round's schools in the caller's scope (one school with <paramref name="schoolId"/>), made
    /// the first time they are asked for, so a school registered after the round started gets its links too.
    /// </summary>
    public async Task<IReadOnlyList<LinkDto>> LinksAsync(string id, string? schoolId, string baseUrl, CancellationToken ct)
    {
        var round = await LoadAsync(id, ct);
        var schools = db.Set<School>().AsNoTracking().InRegion(round.OwnerRegion);
        if (!string.IsNullOrWhiteSpace(schoolId)) schools = schools.Where(s => s.Id == schoolId);
        var list = await schools.OrderBy(s => s.RegionCode).ThenBy(s => s.Name).Select(s => new { s.Id, s.Name, s.RegionCode }).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(schoolId) && list.Count == 0) throw DomainException.NotFound("学校");
        var ids = list.Select(s => s.Id).ToList();
        var existing = await db.Set<SurveyLink>().AsNoTracking().Where(l => l.RoundId == id && ids.Contains(l.SchoolId)).ToListAsync(ct);
        var missing = list.SelectMany(s => round.AudienceList.Select(a => (School: s, Audience: a)))
            .Where(x => !existing.Any(l => l.SchoolId == x.School.Id && l.Audience == x.Audience)).ToList();
        if (missing.Count > 0)
        {
            // Two offices asking at once both succeed; one link per school and audience is kept.
            foreach (var (school, audience) in missing)
                db.AddIfAbsent(new SurveyLink { RoundId = id, SchoolId = school.Id, RegionCode = school.RegionCode, Audience = audience, Token = NewToken() });
            await db.SaveChangesAsync(ct);
            existing = await db.Set<SurveyLink>().AsNoTracking().Where(l => l.RoundId == id && ids.Contains(l.SchoolId)).ToListAsync(ct);
        }
        var names = list.ToDictionary(s => s.Id, s => s.Name);
        var order = round.AudienceList.ToList();
        return existing.OrderBy(l => ids.IndexOf(l.SchoolId)).ThenBy(l => order.IndexOf(l.Audience))
            .Select(l => new LinkDto(l.Audience, SurveyUrls.Form(baseUrl, l.Token), SurveyUrls.Qr(baseUrl, l.Token), l.SchoolId, names[l.SchoolId],
                Audiences.Label(l.Audience), l.Token))
            .ToList();
    }

    /// <summary>One link of the round, by its token, for its printed sheet.</summary>
    public async Task<LinkDto> LinkAsync(string id, string token, string baseUrl, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        var link = await db.Set<SurveyLink>().AsNoTracking().FirstOrDefaultAsync(l => l.RoundId == id && l.Token == token, ct) ?? throw DomainException.NotFound("问卷链接");
        var school = await db.Set<School>().AsNoTracking().Where(s => s.Id == link.SchoolId).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? "";
        return new LinkDto(link.Audience, SurveyUrls.Form(baseUrl, link.Token), SurveyUrls.Qr(baseUrl, link.Token), link.SchoolId, school,
            Audiences.Label(link.Audience), link.Token);
    }

    public async Task<RoundDto> ToDtoAsync(SurveyRound round, CancellationToken ct)
    {
        var today = clock.Today();
        var name = await db.Set<Questionnaire>().AsNoTracking().Where(q => q.Id == round.QuestionnaireId).Select(q => q.Name).FirstOrDefaultAsync(ct) ?? "";
        return new RoundDto(round.Id, round.Title, round.OwnerRegion, await regions.NameAsync(round.OwnerRegion, ct) ?? round.OwnerRegion,
            round.QuestionnaireId, name, round.From, round.To, round.AudienceList, RoundStatuses.Of(round, today), round.StatusLabel(today),
            round.CreatedAt, round.ClosedAt, round.Version);
    }

    /// <summary>Rounds of the caller's region, the regions above it, and those inside its scope.</summary>
    private IQueryable<SurveyRound> Visible()
    {
        var ancestors = RegionCodes.Ancestry(db.User.RegionCode);
        var prefix = db.User.Scope.RegionPrefix;
        return db.Set<SurveyRound>().Where(r => ancestors.Contains(r.OwnerRegion) || r.OwnerRegion.StartsWith(prefix));
    }

    /// <summary>128 random bits, URL-safe: a link cannot be guessed from another school's.</summary>
    private static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}

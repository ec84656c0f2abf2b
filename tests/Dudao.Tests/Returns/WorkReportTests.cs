using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Returns.Domain;
using Dudao.Tests.Architecture;
using Dudao.Tests.Organization;

namespace Dudao.Tests.Returns;

/// <summary>
/// The seed 002 work report on a constructed county (渝北区, fresh app): every blank docs/work-report-blanks.md
/// gives a source is filled and equals a hand count, the rest are marked and listed; another county is refused.
/// </summary>
public sealed partial class WorkReportTests
{
    private const string County = "500112";

    [Theory, ClassData(typeof(Databases))]
    public async Task The_draft_fills_every_sourced_blank_with_a_hand_count_and_lists_the_rest(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var admin = await app.ApiAsync("admin");
        async Task<string> Create(string name, string category, string licence = "证照齐全")
        {
            var body = Institutions.Body(Institutions.NewUscc(County), name, County);
            (body["category"], body["licence"]) = (category, licence);
            if (category == "学科类") (body["kind"], body["profit"]) = (null, "非营利性");
            return await InstitutionLifecycleTests.CreateAsync(admin, body);
        }
        async Task Step(string id, string to, string on)
        {
            var response = await admin.PostAsJsonAsync($"/api/institutions/{id}/transitions", new { to, on, reason = "测试" });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        // Four subject-type institutions at the baseline; three leave: 停办, 取缔 of a 无证无照 one, 停办 of a 无证有照 one.
        await Step(await Create("报告甲", "学科类"), "停办", "2026-03-01");
        await Step(await Create("报告乙", "学科类", "无证无照"), "取缔", "2026-04-01");
        await Step(await Create("报告丙", "学科类", "无证有照"), "停办", "2026-05-01");
        var kept = await Create("报告丁", "学科类");
        await Step(await Create("报告戊", "非学科类", "无证无照"), "黑机构", "2026-06-01");
        await Create("报告己", "非学科类");

        var form = "f0000000000000000000000000000001";
        await app.WithDbAsync(async db =>
        {
            db.AddRange(Visit(kept, "2026-03-03"), Visit(kept, "2026-05-05"), Visit(kept, "2025-12-30"));
            // March submitted and April accepted count; a May draft and last December's return do not.
            db.AddRange(Return(form, "2026-03", ReturnStatuses.Submitted, 2, 10, 1), Return(form, "2026-04", ReturnStatuses.Accepted, 3, 25, 2),
                Return(form, "2026-05", ReturnStatuses.Draft, 50, 50, 50), Return(form, "2025-12", ReturnStatuses.Submitted, 70, 70, 70));
            return await db.SaveChangesAsync();
        });

        var response = await admin.GetAsync($"/api/reports/work-report?regionCode={County}&from=2026-01-01&to=2026-11-23");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var text = ReductionTests.Text(await response.Content.ReadAsByteArrayAsync());
        Documents.ShouldBeIssued(text, "重庆市渝北区人民政府教育督导室", "渝北督办");

        // The mapping table: no * left; a sourced blank holds a value, a typed one the mark, listed at the end.
        text.ShouldNotContain("*");
        var rows = Mapping();
        rows.Count.ShouldBe(41);
        foreach (var (no, snippet, typed) in rows)
        {
            var value = typed ? "【待填：[^】]+】" : "[^*【】\n]+?";
            var pattern = Regex.Escape(snippet).Replace(@"\*\.\*", @"\*", StringComparison.Ordinal).Replace(@"\*", $"({value})", StringComparison.Ordinal);
            Regex.IsMatch(text, pattern).ShouldBeTrue($"第{no}处 “{snippet}” not filled as its source says in: {text}");
            if (!typed) Regex.IsMatch(text, pattern.Replace(value, "【待填：[^】]+】", StringComparison.Ordinal)).ShouldBeFalse($"第{no}处 is marked to type");
        }
        var typedCount = rows.Count(r => r.Typed);
        Regex.Count(text, "【待填：").ShouldBe(typedCount);
        foreach (var (no, _, _) in rows.Where(r => r.Typed)) text.ShouldContain($"第{no.Split('–')[0]}处：");

        // Hand counts (a 黑机构 found stays on the registry as operating until it is 取缔: 2 non-subject now).
        text.ShouldContain("取缔“无证无照”校外培训机构1个，关停“无证有照”校外培训机构1个，压减学科类校外培训机构3个，压减率75.0%");
        text.ShouldContain("对0家证照齐全的机构全部纳入资金监管"); // no custody account in the constructed county
        text.ShouldContain("现有1家学科类校外培训机构（报告丁，均为非营利性质），2家非学科类校外培训机构");
        text.ShouldContain("共召开部门联席会议5次，专题会议2次，举行校级“双减”专题培训2次");
        text.ShouldContain("《渝北区落实“双减”十条措施》");
        text.ShouldContain("对全区6家校外培训市场主体");
        text.ShouldContain("召开联席会议5次，成立督查组，派出2名工作人员，检查机构2所次、从业人员2人、培训材料2份、培训合同2余份，下达整改通知书3份，查处黑机构1家");
        text.ShouldContain("违规广告35余份");

        // Another county may not ask for 渝北区; a bad date is a 400 too.
        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/reports/work-report?regionCode={County}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/reports/work-report?regionCode={County}&from=2026-13-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var (page, doc) = await (await app.PagesAsync("admin")).GetAsync($"/staff/reports/work-report?regionCode={County}&from=2026-01-01&to=2026-11-23");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("#work-report-text")!.TextContent.ShouldContain("压减率75.0%");
        doc.QuerySelectorAll("#work-report-to-type li").Length.ShouldBe(typedCount);
        doc.QuerySelector("#work-report-download")!.GetAttribute("href").ShouldBe($"/staff/reports/work-report/docx?regionCode={County}&from=2026-01-01&to=2026-11-23");
    }

    /// <summary>The rows of docs/work-report-blanks.md: the blank's number, the text around it, and whether the office types it.</summary>
    private static List<(string No, string Snippet, bool Typed)> Mapping() =>
        File.ReadAllLines(Path.Combine(ModuleBoundaryTests.RepositoryRoot(), "docs", "work-report-blanks.md"))
            .Select(l => Row().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["no"].Value, m.Groups["text"].Value, m.Groups["source"].Value.Trim() == "由办公室填写")).ToList();

    [GeneratedRegex(@"^\| (?<no>\d+(–\d+)?) \| `(?<text>[^`]+)` \| (?<source>[^|]+)\|")]
    private static partial Regex Row();

    private static Visit Visit(string institutionId, string date)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);
        return new Visit
        {
            RegionCode = County, TargetKind = "institution", TargetId = institutionId, TargetName = "报告丁", Date = day,
            Month = day.ToString("yyyy-MM", CultureInfo.InvariantCulture), TemplateId = "t", Summary = "检查",
        };
    }

    private static PeriodicReturn Return(string formId, string period, string status, int meetings, int adverts, int notices)
    {
        var values = new[]
        {
            "topicMeetings", "trainingSessions", "staffSent", "practitionersChecked", "materialsChecked", "contractsChecked",
            "illegalInstitutions", "unqualifiedStaff", "billboardsRemoved",
        }.ToDictionary(k => k, _ => "1");
        values["jointMeetings"] = meetings.ToString(CultureInfo.InvariantCulture);
        values["advertsRemoved"] = adverts.ToString(CultureInfo.InvariantCulture);
        values["rectificationNotices"] = notices.ToString(CultureInfo.InvariantCulture);
        return new PeriodicReturn
        {
            FormId = formId, Period = period, RegionCode = County, TargetKind = "department", TargetId = Dudao.Core.Ids.New(), TargetName = "渝北区基教科",
            ReviewerRegion = County, Status = status, Data = PeriodicReturn.WriteValues(values), DueOn = new DateOnly(2026, 12, 20),
        };
    }
}

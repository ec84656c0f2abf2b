using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Dudao.Tests.Rectification;

namespace Dudao.Tests.Escalation;

public sealed class EscalationApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Listed_supervision_has_a_docket_docx_with_the_issue_and_the_deadline_and_stays_in_scope(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var description = Problems.Unique("违规组织有偿补课");
        var problemId = (await Problems.CreateAsync(office, schoolId, description)).Id();

        var response = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "school", targetId = schoolId, level = "listed", reason = "群众举报强烈，整改不力", problemIds = new[] { problemId },
            requirement = "立即停止有偿补课，清退费用，追究相关教师责任", deadline = "2026-12-15",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var listed = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = listed.GetProperty("id").GetString();
        listed.GetProperty("regionCode").GetString().ShouldBe("500107");
        listed.GetProperty("problemIds").EnumerateArray().Single().GetString().ShouldBe(problemId);

        var docket = await office.GetAsync($"/api/escalations/{id}/docket");
        docket.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docket.Content.ReadAsByteArrayAsync()), false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain("重点问题督办单");
            text.ShouldContain("群众举报强烈，整改不力");
            text.ShouldContain(description);
            text.ShouldContain("立即停止有偿补课");
            text.ShouldContain("2026年12月15日前");
        }

        // The school the 督办单 names has accounts, so it files its written reply itself; the office cannot answer for it.
        var forOffice = await office.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "代为回复" });
        forOffice.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forOffice.DetailOf()).ShouldContain("自行书面回复");
        var school = await app.ApiAsync("jlp-school");
        (await school.GetFromJsonAsync<JsonElement>($"/api/escalations/{id}")).GetProperty("requirement").GetString()!.ShouldContain("立即停止有偿补课");
        (await school.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "已清退全部费用" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var replied = await office.GetFromJsonAsync<JsonElement>($"/api/escalations/{id}");
        replied.GetProperty("reply").GetString().ShouldBe("已清退全部费用");
        replied.GetProperty("repliedBy").GetString().ShouldBe("jlp-school");
        replied.GetProperty("replyOverdue").GetBoolean().ShouldBeFalse();

        var neighbour = await app.ApiAsync("spb-admin");
        (await neighbour.GetAsync($"/api/escalations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetAsync($"/api/escalations/{id}/docket")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetFromJsonAsync<JsonElement>("/api/escalations?pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(e => e.GetProperty("id").GetString() == id);
        var foreign = await neighbour.PostAsJsonAsync("/api/escalations", new { targetKind = "school", targetId = schoolId, level = "notice", reason = "越权", noticeForm = "书面" });
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await app.ApiAsync("jlp-jg")).GetAsync($"/api/escalations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another target's account");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Each_level_requires_its_details(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");

        async Task<JsonElement> ErrorsAsync(object body)
        {
            var response = await office.PostAsJsonAsync("/api/escalations", body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }

        var interview = await ErrorsAsync(new { targetKind = "school", targetId = schoolId, level = "interview", reason = "多次通报仍未整改" });
        interview.GetProperty("interviewAt")[0].GetString().ShouldBe("请填写约谈时间");
        interview.GetProperty("interviewPlace")[0].GetString().ShouldBe("约谈地点不能为空");
        var accountability = await ErrorsAsync(new { targetKind = "school", targetId = schoolId, level = "accountability", reason = "挂牌督办仍整改不力", accountabilityForm = "罚款" });
        accountability.GetProperty("accountabilityForm")[0].GetString()!.ShouldContain("诫勉");
        accountability.GetProperty("accountableKind")[0].GetString()!.ShouldContain("person");
        var notice = await ErrorsAsync(new { targetKind = "school", targetId = schoolId, level = "notice", reason = "", problemIds = new[] { "nope" } });
        notice.GetProperty("reason")[0].GetString().ShouldBe("事由不能为空");
        notice.GetProperty("noticeForm")[0].GetString()!.ShouldContain("书面");

        var other = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Set<Dudao.Modules.Organization.Domain.School>(), s => s.RegionCode == "500107" && s.Id != schoolId));
        var othersProblem = (await Problems.CreateAsync(office, other.Id, Problems.Unique("别校问题"))).Id();
        var wrongProblem = await ErrorsAsync(new { targetKind = "school", targetId = schoolId, level = "notice", reason = "通报", noticeForm = "书面", problemIds = new[] { othersProblem } });
        wrongProblem.GetProperty("problemIds")[0].GetString()!.ShouldContain("不属于该对象");

        var held = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "school", targetId = schoolId, level = "interview", reason = "作业负担问题突出",
            interviewAt = "2026-11-25T09:30:00+08:00", interviewPlace = "区教委301会议室", interviewAttendees = "校长、分管副校长；督导室主任",
            interviewMinutes = "学校表态一个月内整改到位",
        });
        held.StatusCode.ShouldBe(HttpStatusCode.Created, await held.Content.ReadAsStringAsync());
        (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interviewAt").GetDateTime().ShouldBe(new DateTime(2026, 11, 25, 1, 30, 0, DateTimeKind.Utc));
        var punished = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "school", targetId = schoolId, level = "accountability", reason = "挂牌督办期满仍未整改", accountabilityForm = "诫勉",
            accountableKind = "person", accountableName = "分管副校长 张某",
        });
        punished.StatusCode.ShouldBe(HttpStatusCode.Created);
        var praised = await office.PostAsJsonAsync("/api/escalations", new { targetKind = "school", targetId = schoolId, level = "commendation", reason = "课后服务特色鲜明", noticeForm = "书面" });
        praised.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Only_published_exposures_are_public_with_their_date_and_decision(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var institution = await Problems.UnitIdAsync(app, "jlp-jg");
        var decision = Problems.Unique("责令停止违规学科类培训，依法处以罚款");
        var created = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "institution", targetId = institution, level = "exposure", reason = "内部：多次举报核实属实", publicDecision = decision,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var anonymous = app.CreateClient();
        async Task<JsonElement?> PublicAsync() => (await anonymous.GetFromJsonAsync<JsonElement>("/api/public/exposures?pageSize=200"))
            .GetProperty("items").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(e => e!.Value.GetProperty("id").GetString() == id);

        (await PublicAsync()).ShouldBeNull("not published yet");
        var neighbour = await app.ApiAsync("spb-admin");
        (await neighbour.PostAsJsonAsync($"/api/escalations/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await office.PostAsJsonAsync($"/api/escalations/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var shown = (await PublicAsync())!.Value;
        shown.GetProperty("decision").GetString().ShouldBe(decision);
        shown.GetProperty("decidedOn").GetString().ShouldBe("2026-11-23");
        shown.GetProperty("regionName").GetString().ShouldBe("九龙坡区");
        shown.TryGetProperty("reason", out _).ShouldBeFalse("internal reasons stay inside");

        (await office.PostAsync($"/api/escalations/{id}/unpublish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PublicAsync()).ShouldBeNull();
        var notice = await office.PostAsJsonAsync("/api/escalations", new { targetKind = "institution", targetId = institution, level = "notice", reason = "通报", noticeForm = "口头" });
        var noticeId = (await notice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await office.PostAsJsonAsync($"/api/escalations/{noticeId}/publish", new { publicDecision = "x" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}

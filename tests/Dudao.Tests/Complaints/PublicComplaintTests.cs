using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Complaints;

public sealed class PublicComplaintTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_anonymous_report_through_the_api_gets_a_receipt_whose_lookup_shows_only_status_time_and_reply(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var code = await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target));
        code.Length.ShouldBeGreaterThanOrEqualTo(16);

        var lookup = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/public/complaints/{code}");
        lookup.EnumerateObject().Select(p => p.Name).ShouldBe(["status", "submittedAt", "reply"], ignoreOrder: true);
        lookup.GetProperty("status").GetString().ShouldBe("received");
        lookup.GetProperty("submittedAt").GetDateTime().ShouldBe(TestApp.Now.UtcDateTime);
        (await app.CreateClient().GetAsync("/api/public/complaints/0000000000000000000Z")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var staff = await app.ApiAsync("jlp-admin");
        var complaint = await ComplaintApi.GetAsync(staff, await ComplaintApi.IdOfAsync(staff, target));
        complaint.GetProperty("anonymous").GetBoolean().ShouldBeTrue();
        complaint.GetProperty("channel").GetString().ShouldBe("web");
        complaint.GetProperty("regionCode").GetString().ShouldBe("500107");
        (await app.WithDbAsync(db => db.Set<ComplaintReporter>().CountAsync(r => r.ComplaintId == complaint.GetProperty("id").GetString()))).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_named_reporter_is_stored_sealed_so_neither_name_nor_phone_is_readable_in_the_database(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var name = "王小明" + Guid.NewGuid().ToString("N")[..6];
        var phone = "1390" + Random.Shared.Next(0, 9_999_999).ToString("0000000", CultureInfo.InvariantCulture);
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target, reporter: new { name, phone }));

        var staff = await app.ApiAsync("jlp-admin");
        var id = await ComplaintApi.IdOfAsync(staff, target);
        var rows = await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var texts = new List<string>();
            foreach (var table in new[] { "complaints", "complaint_reporters", "audit_entries" })
            {
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = $"SELECT * FROM {table}";
                await using var reader = await cmd.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    for (var i = 0; i < reader.FieldCount; i++) texts.Add(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!);
            }
            return texts;
        });
        rows.ShouldNotContain(t => t.Contains(name) || t.Contains(phone));
        var sealedIdentity = await app.WithDbAsync(db => db.Set<ComplaintReporter>().SingleAsync(r => r.ComplaintId == id));
        sealedIdentity.Sealed.ShouldStartWith("v1.");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_public_tables_have_no_column_for_an_address_or_a_user_agent(DatabaseKind kind)
    {
        var columns = await TestApp.For(kind).WithDbAsync(db => Task.FromResult(
            db.Model.GetEntityTypes().Where(t => t.ClrType.Namespace == typeof(Complaint).Namespace)
                .SelectMany(t => t.GetProperties()).Select(p => p.GetColumnName().ToLowerInvariant()).ToList()));
        columns.SelectMany(c => c.Split('_')).ShouldNotContain(word => word == "ip" || word == "agent" || word == "address" || word == "ua");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_parent_reports_through_the_page_without_script_and_looks_it_up_with_the_receipt(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = new PageClient(app.CreateClient());
        var (form, formPage) = await pages.GetAsync("/complaints/new");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        formPage.QuerySelector("#complaint-form")!.GetAttribute("enctype").ShouldBe("multipart/form-data");
        formPage.QuerySelectorAll("select[name='Input.RegionCode'] option").Select(o => o.GetAttribute("value")).ShouldContain("500107");

        var target = ComplaintApi.UniqueTarget("页面举报培训点");
        var submitted = await pages.SubmitAsync("/complaints/new", "#complaint-form", new()
        {
            ["Input.TargetKind"] = "institution", ["Input.TargetName"] = target, ["Input.RegionCode"] = "500107",
            ["Input.Category"] = "有偿补课", ["Input.Content"] = "某老师在家中组织本班学生有偿补课，每周两次，每次收费一百五十元。",
            ["Input.Anonymous"] = "false", ["Input.ReporterName"] = "李家长", ["Input.ReporterPhone"] = "023-68781234",
            ["Input.Action"] = "submit",
        }, new() { ["evidence"] = ("收据.png", Png) });
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var receipt = PageClient.Parse(await submitted.Content.ReadAsStringAsync());
        var code = receipt.QuerySelector("[data-testid=receipt-code]")?.TextContent.Trim() ?? throw new InvalidOperationException(receipt.Body!.TextContent);
        code.Replace("-", "", StringComparison.Ordinal).Length.ShouldBe(20, code);

        var lookup = await pages.SubmitAsync("/complaints/lookup", "#lookup-form", new() { ["Code"] = code.ToLowerInvariant() });
        var result = PageClient.Parse(await lookup.Content.ReadAsStringAsync());
        result.QuerySelector("[data-testid=lookup-status]")!.TextContent.ShouldBe("待受理");
        result.QuerySelector("[data-testid=lookup-result]")!.TextContent.ShouldNotContain(target);

        var staff = await app.ApiAsync("jlp-admin");
        var complaint = await ComplaintApi.GetAsync(staff, await ComplaintApi.IdOfAsync(staff, target));
        complaint.GetProperty("anonymous").GetBoolean().ShouldBeFalse();
        complaint.GetProperty("category").GetString().ShouldBe("有偿补课");
        complaint.GetProperty("evidence").EnumerateArray().Single().GetProperty("contentType").GetString().ShouldBe("image/png");

        var wrong = await pages.SubmitAsync("/complaints/lookup", "#lookup-form", new() { ["Code"] = "ABCD" });
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("未找到该回执码");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_form_suggests_registry_names_without_script_and_keeps_what_was_typed(DatabaseKind kind)
    {
        var pages = new PageClient(TestApp.For(kind).CreateClient());
        var response = await pages.SubmitAsync("/complaints/new", "#complaint-form", new()
        {
            ["Input.TargetKind"] = "institution", ["Input.TargetName"] = "启航艺术", ["Input.RegionCode"] = "500107",
            ["Input.Content"] = "保留的举报内容文字，不少于十个字。", ["Input.Action"] = "suggest",
        });
        var page = PageClient.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelectorAll("[data-testid=suggestions] input[name='Input.Suggestion']").Select(i => i.GetAttribute("value"))
            .ShouldContain("九龙坡区启航艺术培训中心");
        page.QuerySelector("textarea[name='Input.Content']")!.TextContent.ShouldBe("保留的举报内容文字，不少于十个字。");
    }

    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
}

using System.Net;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Complaints;

public sealed class HeldEvidenceTests
{
    private static readonly byte[] Png = PublicComplaintTests.Png;
    private static readonly byte[] Pdf = "%PDF-1.4 现场记录"u8.ToArray();

    [Theory, ClassData(typeof(Databases))]
    public async Task Files_chosen_before_a_lookup_without_script_are_held_listed_removable_and_attached_when_the_report_is_sent(DatabaseKind kind)
    {
        using var app = UploadFolder.Start(kind);
        var pages = new PageClient(app.CreateClient());
        var target = ComplaintApi.UniqueTarget("保留证据培训点");
        var fields = new Dictionary<string, string>
        {
            ["Input.TargetKind"] = "institution", ["Input.TargetName"] = target, ["Input.RegionCode"] = "500107",
            ["Input.Category"] = "有偿补课", ["Input.Content"] = "某机构周末给初中生上数学课，收费每次两百元。", ["Input.Action"] = "suggest",
        };

        // The lookup re-renders the form: both chosen files are held, listed and carried back, and nothing is a record yet.
        var lookup = await pages.SubmitAsync("/complaints/new", "#complaint-form", fields,
            new() { ["evidence"] = ("收据.png", Png) });
        var page = PageClient.Parse(await lookup.Content.ReadAsStringAsync());
        Held(page).ShouldBe(["收据.png"]);
        page.QuerySelector("[data-testid=held-evidence]")!.TextContent.ShouldContain("已选择：收据.png");
        UploadFolder.Files(app).ShouldHaveSingleItem().ShouldStartWith(PendingUploads.Folder + Path.DirectorySeparatorChar);
        (await app.WithDbAsync(db => db.Set<StoredFile>().IgnoreQueryFilters().CountAsync())).ShouldBe(0);

        // A second lookup adds what it chose; removing one drops it from the form.
        page = PageClient.Parse(await (await pages.SubmitAsync(page, "/complaints/new", "#complaint-form", fields,
            new() { ["evidence"] = ("记录.pdf", Pdf) })).Content.ReadAsStringAsync());
        Held(page).ShouldBe(["收据.png", "记录.pdf"]);
        var remove = page.QuerySelectorAll("[data-testid=held-evidence] button").Single(b => b.GetAttribute("aria-label") == "移除记录.pdf");
        page = PageClient.Parse(await (await pages.SubmitAsync(page, "/complaints/new", "#complaint-form",
            new(fields) { ["Input.Action"] = remove.GetAttribute("value")! })).Content.ReadAsStringAsync());
        Held(page).ShouldBe(["收据.png"]);

        // The final post attaches the held file with one more chosen now.
        var sent = await pages.SubmitAsync(page, "/complaints/new", "#complaint-form", new(fields) { ["Input.Action"] = "submit" },
            new() { ["evidence"] = ("现场.png", Png) });
        PageClient.Parse(await sent.Content.ReadAsStringAsync()).QuerySelector("[data-testid=receipt-code]").ShouldNotBeNull();
        var staff = await app.ApiAsync("jlp-admin");
        var complaint = await ComplaintApi.GetAsync(staff, await ComplaintApi.IdOfAsync(staff, target));
        complaint.GetProperty("evidence").EnumerateArray().Select(f => f.GetProperty("fileName").GetString()).ShouldBe(["收据.png", "现场.png"], ignoreOrder: true);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_held_file_that_expired_refuses_the_report_by_name_and_the_nightly_sweep_deletes_held_files_a_day_old(DatabaseKind kind)
    {
        using var app = UploadFolder.Start(kind, backend: FileBackend.Disk); // ages the held file on disk
        var pages = new PageClient(app.CreateClient());
        var target = ComplaintApi.UniqueTarget("过期证据培训点");
        var fields = new Dictionary<string, string>
        {
            ["Input.TargetKind"] = "institution", ["Input.TargetName"] = target, ["Input.RegionCode"] = "500107",
            ["Input.Category"] = "有偿补课", ["Input.Content"] = "某机构周末给初中生上数学课，收费每次两百元。", ["Input.Action"] = "suggest",
        };
        var page = PageClient.Parse(await (await pages.SubmitAsync("/complaints/new", "#complaint-form", fields,
            new() { ["evidence"] = ("收据.png", Png) })).Content.ReadAsStringAsync());

        var held = Path.Combine(UploadFolder.Root(app), UploadFolder.Files(app).Single());
        File.SetLastWriteTimeUtc(held, TestApp.Now.UtcDateTime.AddDays(-1).AddMinutes(-1));
        using (var scope = app.Services.CreateScope())
        {
            var sweep = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == OrphanFileSweep.JobName);
            (await scope.ServiceProvider.GetRequiredService<JobService>().RunAsync(sweep, TestApp.Now.UtcDateTime, "定时", CancellationToken.None)).ShouldBeTrue();
        }
        UploadFolder.Files(app).ShouldBeEmpty();

        var sent = await pages.SubmitAsync(page, "/complaints/new", "#complaint-form", new(fields) { ["Input.Action"] = "submit" });
        sent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sent.Content.ReadAsStringAsync()).ShouldContain("证据文件“收据.png”已过期");
        (await app.WithDbAsync(db => db.Set<Complaint>().IgnoreQueryFilters().CountAsync(c => c.TargetName == target))).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_post_back_never_holds_more_files_than_a_report_may_carry_nor_a_forged_token(DatabaseKind kind)
    {
        using var app = UploadFolder.Start(kind);
        var pages = new PageClient(app.CreateClient());
        var fields = new Dictionary<string, string>
        {
            ["Input.TargetKind"] = "institution", ["Input.TargetName"] = "启航艺术", ["Input.RegionCode"] = "500107", ["Input.Action"] = "suggest",
        };
        var page = PageClient.Parse(await (await pages.SubmitAsync("/complaints/new", "#complaint-form", fields)).Content.ReadAsStringAsync());
        var tooMany = await pages.Http.PostAsync("/complaints/new", TooMany(page, fields));
        var rendered = PageClient.Parse(await tooMany.Content.ReadAsStringAsync());
        rendered.Body!.TextContent.ShouldContain($"最多上传{ComplaintLimits.EvidenceFilesMax}个证据文件");
        Held(rendered).ShouldBeEmpty();
        UploadFolder.Files(app).ShouldBeEmpty();

        // A token is found only as the store gives it: a path in its place reaches nothing.
        var forged = await pages.SubmitAsync(page, "/complaints/new", "#complaint-form", new(fields)
        {
            ["Input.Action"] = "submit", ["Input.Category"] = "有偿补课", ["Input.Content"] = "某机构周末给初中生上数学课，收费每次两百元。",
            ["held"] = string.Concat(Enumerable.Repeat("../", 10)) + "ab/x.png",
        });
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("证据文件“x.png”已过期");
    }

    private static MultipartFormDataContent TooMany(AngleSharp.Html.Dom.IHtmlDocument page, Dictionary<string, string> fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var input in page.QuerySelectorAll("#complaint-form input[type=hidden]"))
            form.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        for (var i = 0; i <= ComplaintLimits.EvidenceFilesMax; i++) form.Add(new ByteArrayContent(Png), "evidence", $"照片{i}.png");
        return form;
    }

    private static string[] Held(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("input[name=held]").Select(i => i.GetAttribute("value")![33..]).ToArray();
}

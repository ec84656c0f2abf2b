using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace Dudao.Tests.Inspections;

public sealed class ReportTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_visit_report_opens_in_word_with_its_sections_findings_and_signature_lines(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var inspector = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(inspector))[4];
        var created = await (await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, "2026-11-13", findings:
        [
            new { text = "课后服务时间讲授新课", severity = "high", indicatorCode = "C21" },
            new { text = "未公布监督举报电话", severity = "low", indicatorCode = "C58" },
        ]))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        var response = await inspector.GetAsync($"/api/visits/{id}/report");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var text = Text(await response.Content.ReadAsByteArrayAsync());
        foreach (var heading in new[] { "一、基本情况", "二、亮点", "三、问题", "四、整改要求", "五、建议" }) text.ShouldContain(heading);
        text.ShouldContain("课后服务时间讲授新课");
        text.ShouldContain("未公布监督举报电话");
        text.ShouldContain("须于 2026年12月7日 前整改到位");
        text.ShouldContain("督学（签字）");
        text.ShouldContain("学校负责人（签字）");
        text.ShouldContain("当场反馈");

        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/visits/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_visit_report_carries_the_letterhead_number_and_date_and_embeds_its_photos(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var inspector = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(inspector))[3];
        var id = (await (await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, "2026-11-18"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetString();
        var photo = await inspector.PostAsync($"/api/visits/{id}/files", new MultipartFormDataContent { { new ByteArrayContent(OnePixelPng), "file", "课后服务现场.png" } });
        photo.StatusCode.ShouldBe(HttpStatusCode.OK, await photo.Content.ReadAsStringAsync());

        var docx = await inspector.GetByteArrayAsync($"/api/visits/{id}/report");
        var text = Text(docx);
        Documents.ShouldBeIssued(text);
        text.ShouldContain("附：现场照片");
        text.ShouldContain("课后服务现场.png");
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            document.MainDocumentPart!.ImageParts.Count().ShouldBe(1);
            document.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Drawing>().Count().ShouldBe(1);
        }
        // Downloaded again, the report keeps its number.
        Documents.NumberIn(Text(await inspector.GetByteArrayAsync($"/api/visits/{id}/report"))).ShouldBe(Documents.NumberIn(text));
    }

    [Theory]
    [InlineData("春季开学专项督导", "春季开学专项督导报告")]
    [InlineData("校外培训专项治理", "校外培训专项治理督导报告")]
    [InlineData("课后服务", "课后服务专项督导报告")]
    [InlineData("2026年秋季专项督导报告", "2026年秋季专项督导报告")]
    public void The_special_inspection_report_title_says_its_kind_once(string name, string title) =>
        Dudao.Modules.Inspections.Reports.ReportText.SpecialTitle(name).ShouldBe(title);

    /// <summary>A valid 1×1 PNG.</summary>
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    internal static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}

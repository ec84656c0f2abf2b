using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Dudao.Tests.Host;

public sealed class ErrorResponseTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_staff_download_asked_for_as_html_only_answers_its_error_as_a_Chinese_page(DatabaseKind kind)
    {
        var pages = await TestApp.For(kind).PagesAsync("admin");
        foreach (var (url, status, text) in new[]
                 {
                     ("/staff/files/no-such-file", HttpStatusCode.NotFound, "文件不存在"),
                     ("/staff/problems/export?regionCode=00", HttpStatusCode.BadRequest, "行政区划代码“00”应为6位或9位数字"),
                     ("/staff/schools/export?regionCode=%00", HttpStatusCode.BadRequest, "不能含有空字符"),
                     ("/staff/escalations/no-such-record/docket", HttpStatusCode.NotFound, "不存在"),
                 })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
            var response = await pages.Http.SendAsync(request);
            response.StatusCode.ShouldBe(status, url);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", url);
            (await response.Content.ReadAsStringAsync()).ShouldContain(text, Case.Sensitive, url);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_api_error_asked_for_as_html_only_is_still_problem_details(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("admin");
        foreach (var (client, url, status) in new[]
                 {
                     (app.CreateClient(), "/api/schools", HttpStatusCode.Unauthorized),
                     (admin, "/api/no-such-route", HttpStatusCode.NotFound),
                     (admin, "/api/schools/no-such-school", HttpStatusCode.NotFound),
                     (admin, "/api/files/no-such-file", HttpStatusCode.NotFound),
                     (admin, "/api/schools?regionCode=00", HttpStatusCode.BadRequest),
                 })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
            var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(status, url);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            problem.GetProperty("status").GetInt32().ShouldBe((int)status);
            problem.GetProperty("title").GetString()!.ShouldNotBeNullOrWhiteSpace();
        }
    }
}

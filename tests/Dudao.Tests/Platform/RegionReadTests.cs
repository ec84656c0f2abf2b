using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Platform;

public sealed class RegionReadTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Rules_and_complaint_routing_of_another_region_are_not_readable(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var school = await app.ApiAsync("jlp-school");
        var own = await school.GetFromJsonAsync<JsonElement>("/api/rules?regionCode=500107");
        own.GetArrayLength().ShouldBeGreaterThan(0);
        (await school.GetFromJsonAsync<JsonElement>("/api/rules")).GetArrayLength().ShouldBe(own.GetArrayLength());
        var other = await school.GetAsync("/api/rules?regionCode=500106");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Content.ReadAsStringAsync()).ShouldNotContain("complaints.accept-days");
        (await school.GetAsync("/api/rules?regionCode=500000")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not even the province above it");
        (await school.GetAsync("/api/complaints/routes?regionCode=500106")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Staff who may read routing read their own county's, not the neighbour's.
        var department = await app.ApiAsync("jlp-jjk");
        (await department.GetAsync("/api/complaints/routes?regionCode=500107")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await department.GetAsync("/api/complaints/routes?regionCode=500106")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await department.GetAsync("/api/complaints/hot-targets?regionCode=500106")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await department.GetAsync("/api/rules?regionCode=500106")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("admin")).GetAsync("/api/rules?regionCode=500106")).StatusCode.ShouldBe(HttpStatusCode.OK, "重庆市 covers both counties");
    }
}

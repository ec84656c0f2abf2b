using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Dudao.Tests.SchoolAffairs.SchoolAffairsApi;

namespace Dudao.Tests.SchoolAffairs;

public sealed class ExamTests
{
    private static object Exam(string name, int from, int to, string kind, string date, bool written = true) =>
        new { name, gradeFrom = from, gradeTo = to, kind, written, date };

    [Theory, ClassData(typeof(Databases))]
    public async Task The_term_calendar_is_checked_per_grade_against_the_exam_rules(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (id, _, school) = await NewSchoolAsync(app, "九年一贯制学校");
        var url = $"/api/schools/{id}/exams?term=2026-1";
        async Task<JsonElement> Put(params object[] exams) => await OkAsync(await school.PutAsJsonAsync(url, new { exams }));

        // Within the rules: a non-written assessment in grades 1–2, one final for 3–9, one mid-term in 初中.
        var fine = await Put(Exam("期末游园测评", 1, 2, "final", "2027-01-15", written: false), Exam("期末考试", 3, 9, "final", "2027-01-18"),
            Exam("期中考试", 7, 9, "midterm", "2026-11-10"));
        Rules(fine).ShouldBeEmpty();
        fine.GetProperty("termLabel").GetString().ShouldBe("2026—2027学年第一学期");

        var bad = await Put(Exam("期末考试", 2, 9, "final", "2027-01-18"), Exam("期末补考", 4, 4, "final", "2027-01-20"),
            Exam("期中考试", 6, 8, "midterm", "2026-11-10"), Exam("第二次期中", 8, 8, "midterm", "2026-12-01"), Exam("单元测验", 5, 5, "other", "2026-10-10"));
        var messages = bad.GetProperty("violations").EnumerateArray().Select(v => (v.GetProperty("rule").GetString(), v.GetProperty("message").GetString()!)).ToList();
        messages.ShouldContain(m => m.Item1 == "exam-no-written" && m.Item2.StartsWith("二年级", StringComparison.Ordinal));
        messages.ShouldNotContain(m => m.Item2.StartsWith("一年级", StringComparison.Ordinal));
        messages.ShouldContain(m => m.Item1 == "exam-finals" && m.Item2.StartsWith("四年级本学期期末纸笔考试2次", StringComparison.Ordinal));
        messages.ShouldContain(m => m.Item1 == "exam-midterms" && m.Item2.StartsWith("六年级安排了期中纸笔考试", StringComparison.Ordinal));
        messages.ShouldNotContain(m => m.Item2.StartsWith("初一", StringComparison.Ordinal));
        messages.ShouldContain(m => m.Item1 == "exam-midterms" && m.Item2.StartsWith("初二本学期期中纸笔考试2次", StringComparison.Ordinal));
        messages.ShouldContain(m => m.Item1 == "exam-other" && m.Item2.StartsWith("五年级", StringComparison.Ordinal));
        messages.Count.ShouldBe(5);

        // The rule is the region's: a county that allows written exams from grade 2 no longer flags grade 2.
        (await (await app.ApiAsync("jlp-admin")).PutAsJsonAsync("/api/rules/school-affairs.exam.no-written-up-to-grade", new { regionCode = Jiulongpo, value = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        try
        {
            Rules(await Put(Exam("期末考试", 2, 2, "final", "2027-01-18"))).ShouldBeEmpty();
        }
        finally
        {
            await (await app.ApiAsync("jlp-admin")).PutAsJsonAsync("/api/rules/school-affairs.exam.no-written-up-to-grade", new { regionCode = Jiulongpo, value = 2 });
        }

        await ShouldRefuseAsync(await school.PutAsJsonAsync(url, new { exams = new[] { Exam("期末", 5, 3, "final", "2027-01-18") } }), "exams[0].gradeTo", "结束年级不能低于起始年级");
        await ShouldRefuseAsync(await school.PutAsJsonAsync($"/api/schools/{id}/exams?term=2026-3", new { exams = Array.Empty<object>() }), "term", "学期应写作");
        (await (await app.ApiAsync("spb-admin")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>(url)).GetProperty("exams").GetArrayLength().ShouldBe(1);
    }
}

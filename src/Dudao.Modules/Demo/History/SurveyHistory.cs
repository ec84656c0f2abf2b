using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Dudao.Data;
using Dudao.Modules.Surveys.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// 重庆市's autumn 双减 monitoring, closed a month ago, with parents' and pupils' answers from three schools in each
/// district (one reporting too much homework in grade 8), and 九龙坡区's own round open now, so the survey pages
/// show results, flags and links.
/// </summary>
internal static class SurveyHistory
{
    private const string BuiltIn = "builtin-shuangjian-monitoring";

    public static void Write(DemoStory story, AppDbContext db)
    {
        // A random of its own: the other histories' draws stay as they were.
        var random = new Random(DemoHistory.Seed + 120);
        var closed = new SurveyRound
        {
            OwnerRegion = DemoData.Chongqing, Title = $"{story.Today.AddDays(-60):yyyy年}秋季“双减”工作专项监测", QuestionnaireId = BuiltIn,
            From = story.Today.AddDays(-60), To = story.Today.AddDays(-30), Audiences = "pupil,parent,teacher",
            CreatedAt = story.At(story.Today.AddDays(-62), 9), CreatedBy = "admin",
        };
        var open = new SurveyRound
        {
            OwnerRegion = DemoData.Jiulongpo, Title = $"九龙坡区课后服务满意度调查（{story.Today:yyyy年M月}）", QuestionnaireId = BuiltIn,
            From = story.Today.AddDays(-3), To = story.Today.AddDays(25), Audiences = "parent,teacher",
            CreatedAt = story.At(story.Today.AddDays(-4), 10), CreatedBy = "jlp-admin",
        };
        db.AddRange(closed, open);

        foreach (var county in DemoStory.Counties)
        {
            var schools = story.Schools.Where(s => s.RegionCode == county).Take(3).ToList();
            for (var s = 0; s < schools.Count; s++)
            {
                var school = schools[s];
                // The first 九龙坡区 school's grade 8 reports about 100 minutes a day: flagged against C10's 90.
                var heavy = county == DemoData.Jiulongpo && s == 0;
                foreach (var audience in new[] { Audiences.Parent, Audiences.Pupil })
                {
                    db.Add(new SurveyLink { RoundId = closed.Id, SchoolId = school.Id, RegionCode = county, Audience = audience, Token = Token() });
                    for (var n = 0; n < 8; n++)
                    {
                        var grade = heavy && n < 4 ? 8 : random.Next(3, 10);
                        var limit = grade <= 6 ? 60 : 90;
                        var minutes = heavy && n < 4 ? 95 + random.Next(0, 15) : Math.Round(limit * (0.5 + 0.45 * random.NextDouble()) / 5) * 5;
                        AddSheet(db, closed, school.Id, county, audience, story.Today.AddDays(-55 + random.Next(0, 25)), grade, minutes,
                            7.5 + random.Next(0, 6) * 0.5, random.NextDouble() < 0.8, random.NextDouble() < 0.15,
                            [random.Next(3, 6), random.Next(3, 6), random.Next(2, 6)]);
                    }
                }
            }
        }
    }

    private static void AddSheet(AppDbContext db, SurveyRound round, string schoolId, string county, string audience, DateOnly day, int grade,
        double minutes, double sleep, bool afterSchool, bool paid, int[] satisfaction)
    {
        var response = new SurveyResponse
        {
            RoundId = round.Id, SchoolId = schoolId, RegionCode = county, Audience = audience, BrowserKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            SubmittedOn = day, Grade = grade, HomeworkMinutes = minutes, SleepHours = sleep, AfterSchool = afterSchool, PaidTutoring = paid,
        };
        db.Add(response);
        SurveyAnswer Answer(string code, string? value, double? number) => new()
        {
            ResponseId = response.Id, QuestionCode = code, RoundId = round.Id, SchoolId = schoolId, RegionCode = county, Value = value, Number = number,
        };
        db.AddRange(
            Answer("Q01", grade.ToString(CultureInfo.InvariantCulture), null), Answer("Q02", null, minutes), Answer("Q03", null, sleep),
            Answer("Q04", afterSchool ? "yes" : "no", null), Answer("Q05", paid ? "yes" : "no", null),
            Answer("Q06", null, satisfaction[0]), Answer("Q07", null, satisfaction[1]), Answer("Q11", null, satisfaction[2]));
    }

    private static string Token() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}

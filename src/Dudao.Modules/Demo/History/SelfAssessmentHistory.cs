using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>Per county, a finished self-assessment round of the spring and one running now with about half of the schools in.</summary>
internal static class SelfAssessmentHistory
{
    public static void Write(DemoStory story, AppDbContext db)
    {
        foreach (var county in DemoStory.Counties)
        {
            Round(story, db, county, "上学期“双减”工作学校自查", created: 150, deadline: story.DaysAgo(120), share: 1.0);
            Round(story, db, county, "本学期“双减”工作学校自查", created: 12, deadline: story.Today.AddDays(18), share: 0.5);
        }
    }

    private static void Round(DemoStory story, AppDbContext db, string county, string name, int created, DateOnly deadline, double share)
    {
        var office = DemoStory.Office(county);
        var round = new SelfAssessmentRound
        {
            RegionCode = county, Name = name, TemplateId = story.SchoolTemplateId, TargetKind = Assignment.SchoolTarget,
            Deadline = deadline, CreatedAt = story.At(story.DaysAgo(created), 10), CreatedBy = office,
        };
        db.Add(round);
        foreach (var school in story.Schools.Where(s => s.RegionCode == county))
        {
            var submitted = story.Chance(share);
            var due = deadline.AddDays(-story.Random.Next(1, 10));
            var on = due < story.Today ? due : story.DaysAgo(story.Random.Next(0, created));
            db.Add(new SelfAssessment
            {
                RoundId = round.Id, RegionCode = county, TargetKind = Assignment.SchoolTarget, TargetId = school.Id, TargetName = school.Name,
                Status = submitted ? SelfAssessment.Submitted : SelfAssessment.Pending,
                Results = submitted ? ItemResult.Serialize([new ItemResult("C8", story.Chance(0.9) ? "yes" : "no", "作业公示栏照片见附件")]) : "[]",
                SubmittedAt = submitted ? story.At(on, 16) : null, SubmittedBy = submitted ? office : null,
            });
        }
    }
}

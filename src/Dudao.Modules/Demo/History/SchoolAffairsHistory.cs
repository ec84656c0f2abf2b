using System.Text.Json;
using Dudao.Data;
using Dudao.Modules.SchoolAffairs.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// 九龙坡区 schools' homework of the last two weeks (one grade over its limit), this term's exam calendars and
/// after-school plans (one ending before office hours), excellent cases in every state and teaching-material filings
/// (one with two sets for a subject), so the school-affairs pages, the public pages and the participation figures show something.
/// </summary>
internal static class SchoolAffairsHistory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Write(DemoStory story, AppDbContext db)
    {
        var jlp = story.Schools.Where(s => s.RegionCode == DemoData.Jiulongpo).ToList();
        if (jlp.Count < 6) return;
        var term = SchoolTerm.Containing(story.Today);
        var monday = story.Today.AddDays(-(((int)story.Today.DayOfWeek + 6) % 7));
        for (var s = 0; s < 6; s++)
        {
            var school = jlp[s];
            var junior = school.Type == "初中";
            for (var week = 0; week < 2; week++)
            {
                foreach (var grade in junior ? [7, 8, 9] : new[] { 2, 3, 5 })
                {
                    var over = s == 1 && week == 0 && grade == 5;
                    HomeworkLine[] lines = grade <= 2
                        ? [new("语文", "课内巩固练习（校内完成，不布置家庭书面作业）", 0, null)]
                        : [new("语文", "背诵课文、完成练习册一页", junior ? 30 : 20, null), new("数学", "课后习题", junior ? 30 : 20, null),
                            new("英语", "单词听写准备", over ? 30 : 15, over ? 3 : null)];
                    // Every line is daily but the one set on Wednesday: the busiest day is the sum.
                    var busiest = lines.Sum(l => l.Minutes);
                    db.Add(new HomeworkWeek
                    {
                        RegionCode = school.RegionCode, TargetId = school.Id, WeekOf = monday.AddDays(-7 * week), Grade = grade, Lines = JsonSerializer.Serialize(lines, Json),
                        MaxDailyMinutes = busiest, LimitMinutes = grade <= 2 ? 0 : junior ? 90 : 60,
                        Violations = Breach.Write(over ? [new("homework-minutes", $"五年级周三书面作业共{busiest}分钟，超过每天60分钟的上限（003 C10）")] : []),
                        PublishedAt = story.Now.AddDays(-7 * week - 1), PublishedBy = "jlp-school",
                    });
                }
            }
            ExamLine[] exams = junior
                ? [new("期中考试", 7, 9, "midterm", true, term.Start.AddDays(75)), new("期末考试", 7, 9, "final", true, term.Start.AddDays(160))]
                : [new("期末游园测评", 1, 2, "final", false, term.Start.AddDays(160)), new("期末考试", 3, 6, "final", true, term.Start.AddDays(160)),
                    .. s == 2 ? [new ExamLine("第三单元测验", 4, 4, "other", true, term.Start.AddDays(50))] : Array.Empty<ExamLine>()];
            db.Add(new ExamCalendar
            {
                RegionCode = school.RegionCode, TargetId = school.Id, Term = term.Code, Exams = JsonSerializer.Serialize(exams, Json),
                Violations = Breach.Write(s == 2 ? [new("exam-other", $"四年级安排了其他纸笔测验（第三单元测验 {term.Start.AddDays(50):MM-dd}）：不得组织周考、月考、单元考试")] : []),
                UpdatedAt = story.Now.AddDays(-60), UpdatedBy = "jlp-school",
            });
        }
        for (var s = 0; s < jlp.Count; s++)
        {
            var school = jlp[s];
            if (s % 7 == 6) continue; // a few schools have not entered this term's plan yet
            var early = s == 3;
            db.Add(new AfterSchoolPlan
            {
                RegionCode = school.RegionCode, TargetId = school.Id, Term = term.Code, DaysPerWeek = 5, MinutesPerDay = early ? 90 : 120,
                EndTime = early ? new TimeOnly(17, 0) : new TimeOnly(17, 40), ExtendedCareEnd = new TimeOnly(19, 30), WeekendCare = s % 3 == 0,
                HolidayCare = s % 4 == 0, EveningStudy = school.Type == "初中", Funding = "财政补助+家长自愿缴费", FeePerTerm = 600m, TeacherSubsidy = 60m,
                PupilsTakingPart = school.Pupils * (80 + s % 15) / 100, TeachersTakingPart = school.Teachers * (70 + s % 20) / 100,
                Violations = Breach.Write(early ? [new("after-school-minutes", "每天课后服务90分钟，少于每天120分钟（003 C15）"),
                    new("after-school-end", "课后服务17:00结束，早于本区域正常下班时间17:30（003 C16）")] : []),
                UpdatedAt = story.Now.AddDays(-70), UpdatedBy = "jlp-school",
            });
        }
        var quarter = Quarter.Containing(story.Today);
        var text = "我校以“基础作业+弹性作业”为抓手，各年级组每周统筹作业总量，作业公示栏每周更新。\n课后服务开设体育、艺术、科技等二十余个社团，学生自愿参加，参与率稳定在九成以上。\n家长问卷显示满意度明显提高。";
        ExcellentCase Case(int s, string title, string category, string status, int daysAgo) => new()
        {
            RegionCode = jlp[s].RegionCode, TargetId = jlp[s].Id, SubmitterKind = "school", SubmitterId = jlp[s].Id, SubmitterName = jlp[s].Name,
            Title = title, Category = category, Text = text, Quarter = Quarter.Containing(story.Today.AddDays(-daysAgo)).Code, Status = status,
            SubmittedAt = story.Now.AddDays(-daysAgo), SubmittedBy = "jlp-school",
            ReviewedAt = status == CaseStatuses.Submitted ? null : story.Now.AddDays(-daysAgo + 3), ReviewedBy = status == CaseStatuses.Submitted ? null : "jlp-admin",
        };
        db.AddRange(
            Case(0, "分层弹性作业让减负不减质", "作业设计与管理", CaseStatuses.Published, 100),
            Case(1, "“5+2”课后服务社团化实践", "课后服务", CaseStatuses.Published, 40),
            Case(2, "家校共育助力“双减”落地", "家校共育", CaseStatuses.Submitted, Math.Min(5, story.Today.DayNumber - quarter.Start.DayNumber)));
        MaterialLine Item(string subject, int grade, string title) => new(subject, grade, title, "重庆出版社", "2026年版", 16.8m);
        for (var s = 0; s < 4; s++)
        {
            MaterialLine[] items = s == 1
                ? [Item("数学", 3, "同步练习"), Item("数学", 3, "口算天天练"), Item("语文", 3, "阅读训练")]
                : [Item("数学", 3, "同步练习"), Item("语文", 3, "阅读训练")];
            db.Add(new MaterialFiling
            {
                RegionCode = jlp[s].RegionCode, TargetId = jlp[s].Id, Term = term.Code, Items = JsonSerializer.Serialize(items, Json), VoluntaryConfirmed = true,
                UpdatedAt = story.Now.AddDays(-80), UpdatedBy = "jlp-school",
            });
        }
    }
}

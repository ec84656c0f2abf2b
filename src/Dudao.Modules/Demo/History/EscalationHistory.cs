using Dudao.Data;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// Pressure at every level on the units slowest to fix their problems — 通报, 约谈, 督办单 (one answered
/// in time, one still open, one past its deadline, one to a department), 问责, a published 曝光 — and a 通报表扬.
/// </summary>
internal static class EscalationHistory
{
    public static void Write(DemoStory story, IReadOnlyList<Problem> problems, AppDbContext db)
    {
        foreach (var county in DemoStory.Counties)
        {
            var office = DemoStory.Office(county);
            // The targets with the most problems not yet struck off, slowest first.
            var laggards = problems.Where(p => p.RegionCode == county && p.Status != ProblemStatuses.Closed)
                .GroupBy(p => (p.TargetKind, p.TargetId, p.TargetName)).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Deadline)).ToList();
            var commended = story.Schools.First(s => s.RegionCode == county && !problems.Any(p => p.TargetId == s.Id));
            var jjk = story.Department(county, "基教科");

            void Add(string kind, string id, string name, string level, string reason, int daysAgo, IEnumerable<Problem> about)
            {
                var decided = story.DaysAgo(daysAgo);
                var record = level switch
                {
                    EscalationLevels.Notice or EscalationLevels.Commendation => new EscalationRecord { NoticeForm = "书面" },
                    EscalationLevels.Interview => new EscalationRecord
                    {
                        InterviewAt = story.At(decided.AddDays(3), 9), InterviewPlace = "区教委督导室会议室",
                        InterviewAttendees = "督导室主任、责任督学、被约谈单位负责人", InterviewMinutes = "听取整改情况汇报，明确整改时限。",
                    },
                    EscalationLevels.Accountability => new EscalationRecord { AccountabilityForm = "通报批评", AccountableKind = "unit", AccountableName = name },
                    EscalationLevels.Exposure => new EscalationRecord
                    {
                        PublicDecision = $"{name}多次督导发现问题且整改不力，现予以曝光。", PublishedAt = story.At(decided.AddDays(2), 10),
                    },
                    _ => new EscalationRecord(),
                };
                record = With(record, county, kind, id, name, level, reason, decided, story.At(decided, 15), office);
                db.Add(record);
                foreach (var p in about) db.Add(new EscalationProblem { EscalationId = record.Id, ProblemId = p.Id });
            }

            for (var i = 0; i < Math.Min(4, laggards.Count); i++)
            {
                var (kind, id, name) = laggards[i].Key;
                var level = i switch { 0 => EscalationLevels.Listed, 1 => EscalationLevels.Interview, 2 => EscalationLevels.Notice, _ => EscalationLevels.Accountability };
                if (level == EscalationLevels.Listed)
                {
                    // A 督办单 still open, and an older one that was never answered.
                    Listed(story, db, county, kind, id, name, office, daysAgo: 6, dueIn: 14, replied: false, laggards[i]);
                    Listed(story, db, county, kind, id, name, office, daysAgo: 50, dueIn: -20, replied: false, []);
                }
                else
                {
                    Add(kind, id, name, level, "问题整改逾期未完成，督导提醒后仍未整改到位。", 10 + i * 12, laggards[i]);
                }
            }
            Listed(story, db, county, TargetKinds.Department, jjk.Id, jjk.Name, office, daysAgo: 80, dueIn: -50, replied: true, []);
            Add(TargetKinds.School, commended.Id, commended.Name, EscalationLevels.Commendation, "“双减”工作扎实，作业管理和课后服务规范。", 45, []);
            if (county == DemoData.Jiulongpo && story.Institutions.FirstOrDefault(i => i.RegionCode == county && i.Licence != "证照齐全") is { } unlicensed)
                Add(TargetKinds.Institution, unlicensed.Id, unlicensed.Name, EscalationLevels.Exposure, "无证开展学科类培训，经约谈仍未停止。", 30, []);
        }
    }

    private static void Listed(DemoStory story, AppDbContext db, string county, string kind, string id, string name, string office,
        int daysAgo, int dueIn, bool replied, IEnumerable<Problem> about)
    {
        var decided = story.DaysAgo(daysAgo);
        var record = With(new EscalationRecord
        {
            Requirement = "对督导发现的问题逐项整改，按期书面报告整改结果。", Deadline = story.Today.AddDays(dueIn),
            Reply = replied ? "已逐项完成整改，整改报告及佐证材料附后。" : null,
            RepliedAt = replied ? story.At(story.Today.AddDays(dueIn - 3), 16) : null, RepliedBy = replied ? office : null,
        }, county, kind, id, name, EscalationLevels.Listed, "问题整改进度滞后，挂牌督办。", decided, story.At(decided, 15), office);
        db.Add(record);
        foreach (var p in about) db.Add(new EscalationProblem { EscalationId = record.Id, ProblemId = p.Id });
    }

    // The init-only identity of a record, set once the level's own fields are chosen.
    private static EscalationRecord With(EscalationRecord r, string county, string kind, string id, string name, string level, string reason,
        DateOnly decided, DateTime at, string office) => new()
    {
        RegionCode = county, TargetKind = kind, TargetId = id, TargetName = name, Level = level, Reason = reason, DecidedOn = decided,
        NoticeForm = r.NoticeForm, InterviewAt = r.InterviewAt, InterviewPlace = r.InterviewPlace, InterviewAttendees = r.InterviewAttendees,
        InterviewMinutes = r.InterviewMinutes, Requirement = r.Requirement, Deadline = r.Deadline, Reply = r.Reply, RepliedAt = r.RepliedAt,
        RepliedBy = r.RepliedBy, AccountabilityForm = r.AccountabilityForm, AccountableKind = r.AccountableKind, AccountableName = r.AccountableName,
        PublicDecision = r.PublicDecision, PublishedAt = r.PublishedAt, CreatedAt = at, CreatedBy = office,
    };
}

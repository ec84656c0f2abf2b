using System.Globalization;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Tasks.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// 九龙坡区's 重点任务清单 as seed 003 attachment 2 words it (17 tasks, their units and months, in the demo's
/// year), with one task handed down by 重庆市. Tasks due before this month are done but two, which are late;
/// open tasks carry last month's report from their lead unit.
/// </summary>
internal static class TaskHistory
{
    private static readonly (string Title, string[] Units, int Month)[] Jiulongpo =
    [
        ("把“双减”工作列入重要议事日程,制定出时间表、路线图、任务书。", ["基教科", "校外培训监管科"], 4),
        ("完善“双减”工作专门协调机制,成立校外教育培训监管专门机构。", ["校外培训监管科"], 6),
        ("将“双减”工作落实情况列入职能部门督导评价重要内容。", ["督导室"], 4),
        ("将校外培训党的建设纳入地方统一管理。", ["党建科"], 6),
        ("全面摸清校外培训机构底数,对体育、文化、艺术、科技等非学科类校外培训机构实施有序监管。", ["校外培训监管科"], 6),
        ("开展专项治理,建立常态巡查机制、从严查处隐形变异等各种违法违规校外培训行为。", ["校外培训监管科"], 12),
        ("建立校外培训机构培训内容备案与监督制度,开展学科类和非学科类机构培训内容备案和监督工作;严格管控校外培训时间、培训时长、培训内容、培训教材、培训人员。", ["校外培训监管科"], 9),
        ("收费标准实行备案制,坚决遏制过高收费和过度逐利行为。", ["校外培训监管科"], 12),
        ("通过第三方托管、风险储备金等方式,对校外培训机构预收费进行资金管控和风险管控,坚决防止“退费难”“卷钱跑路”。", ["校外培训监管科"], 12),
        ("持续开展校外培训广告治理,坚决杜绝校外培训广告乱象。", ["校外培训监管科"], 12),
        ("健全义务教育学校作业管理机制,作业公示制度全面建立、作业时间控制全面达标;严禁给家长布置或变相布置作业,严禁要求家长检查、批改作业。", ["基教科"], 6),
        ("严格限制义务教育学校考试频次,考试内容不得超标超纲。", ["基教科"], 6),
        ("义务教育学校课后服务“5+2”全覆盖。", ["基教科"], 6),
        ("加强学校课后服务经费保障,做好教师绩效工资核定,确保满足课后服务需要,确保课后服务经费主要用于参与课后服务教师和相关人员补助。", ["基教科", "人事科"], 12),
        ("依法依规严肃查处教师校外有偿补课行为,对教师“课上不讲课下讲”“组织开办校外培训班”“同家长搞利益交换”等行为“零容忍。”", ["基教科", "人事科"], 12),
        ("配齐配足中小学教师,开齐开足开好国家规定课程。", ["基教科", "人事科"], 6),
        ("加强调查研究,及时摸清可能存在的风险隐患,科学制定风险防控应急预案,及时化解风险,维护社会稳定。", ["安稳办", "校外培训监管科"], 12),
    ];

    /// <summary>The tasks left late in the story (序号).</summary>
    private static readonly int[] Late = [2, 11];

    public static void Write(DemoStory story, AppDbContext db)
    {
        var year = story.Today.Year;
        var thisMonth = story.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var lastMonth = story.Today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Add(db, story, DemoData.Chongqing, 1, "根据市级“双减”督导工作重点任务清单,结合实际,梳理“双减”督导工作目标任务清单,制定“双减”督导工作方案,并报市教育督导室。",
            ["督导室"], $"{year}-04", thisMonth, lastMonth);
        for (var i = 0; i < Jiulongpo.Length; i++)
        {
            var (title, units, month) = Jiulongpo[i];
            Add(db, story, DemoData.Jiulongpo, i + 1, title, units, $"{year}-{month:00}", thisMonth, lastMonth);
        }
    }

    private static void Add(AppDbContext db, DemoStory story, string region, int number, string title, string[] units, string deadline, string thisMonth, string lastMonth)
    {
        var due = KeyTask.LastDay(deadline);
        var late = region == DemoData.Jiulongpo && Late.Contains(number);
        var task = new KeyTask
        {
            RegionCode = region, Number = number, Title = title, Deadline = deadline, CreatedAt = story.At(new DateOnly(story.Today.Year, 3, 20), 9),
            CreatedBy = region == DemoData.Jiulongpo ? "jlp-admin" : "admin",
            CompletedOn = string.CompareOrdinal(deadline, thisMonth) < 0 && !late ? due.AddDays(-3) : null,
        };
        db.Add(task);
        // 督导室 is the office itself, not a department record: its tasks list no department and the office reports.
        var departments = units.Select(u => story.Departments.FirstOrDefault(d => d.RegionCode == region && d.Name == u)).OfType<Department>().ToList();
        db.AddRange(departments.Select((d, i) => new KeyTaskUnit { KeyTaskId = task.Id, RegionCode = region, Position = i, DepartmentId = d.Id, DepartmentName = d.Name }));
        var lead = departments.FirstOrDefault();
        if (task.CompletedOn is { } done)
        {
            db.Add(Report(task, lead?.Id, lead?.Name ?? "督导室", done.ToString("yyyy-MM", CultureInfo.InvariantCulture), "已按时限完成。", 100, story.At(done, 16)));
        }
        else if (string.CompareOrdinal(lastMonth, task.CreatedAt.ToString("yyyy-MM", CultureInfo.InvariantCulture)) >= 0)
        {
            db.Add(Report(task, lead?.Id, lead?.Name ?? "督导室", lastMonth, late ? "仍在推进，部分工作滞后。" : "按计划推进。", late ? 60 : 50,
                story.At(KeyTask.LastDay(lastMonth).AddDays(-6), 15)));
        }
    }

    private static KeyTaskReport Report(KeyTask task, string? departmentId, string unit, string month, string text, int percent, DateTime at) => new()
    {
        KeyTaskId = task.Id, RegionCode = task.RegionCode, Month = month, DepartmentId = departmentId, UnitName = unit, Text = text,
        Percent = percent, ReportedAt = at, ReportedBy = "demo",
    };
}

using Dudao.Core;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// A year of the institution registry: subject-type institutions 停办, 注销 and turned 非学科类 (压减), a
/// 无证有照 one re-registered, unlicensed operators found (黑机构) and 取缔 or 关停, white-listed
/// institutions and black-listed ones — so the lifecycle pages, the 压减 page and the public lists show something.
/// </summary>
internal static class InstitutionLifeHistory
{
    public static void Write(DemoStory story, AppDbContext db)
    {
        foreach (var (county, serial) in DemoStory.Counties.Select((c, n) => (c, n + 1)))
        {
            var office = DemoStory.Office(county);
            var own = story.Institutions.Where(i => i.RegionCode == county).ToList();
            var countyName = county == DemoData.Jiulongpo ? "九龙坡区" : "沙坪坝区";

            void Step(Institution i, string kind, string? from, string? to, int daysAgo, string reason, string? details = null)
            {
                var on = story.DaysAgo(daysAgo);
                var registered = kind == InstitutionEventKinds.Register;
                db.Add(new InstitutionEvent
                {
                    RegionCode = county, TargetId = i.Id, Kind = kind, FromState = from, ToState = to, OccurredOn = on, Reason = reason,
                    Details = details, RecordedAt = story.At(on, 16), RecordedBy = office,
                    StatusBefore = registered ? null : i.Status, LicenceBefore = registered ? null : i.Licence, CategoryBefore = registered ? null : i.Category,
                });
            }
            void Status(Institution i, string to, int daysAgo, string reason)
            {
                Step(i, InstitutionEventKinds.Status, i.Status, to, daysAgo, reason);
                i.Status = to;
            }
            void List(Institution i, string list, int daysAgo, string reason, int? removedDaysAgo = null, string? removal = null) =>
                db.Add(new InstitutionListEntry
                {
                    RegionCode = county, TargetId = i.Id, List = list, EnteredOn = story.DaysAgo(daysAgo), EntryReason = reason, EnteredBy = office,
                    RemovedOn = removedDaysAgo is { } r ? story.DaysAgo(r) : null, RemovalReason = removal, RemovedBy = removedDaysAgo is null ? null : office,
                });

            var subjects = own.Where(i => i.Category == Institution.Subject).ToList();
            Status(subjects[0], InstitutionLifecycle.Suspended, 200, "场地租约到期，暂停招生办学");
            Status(subjects[0], InstitutionLifecycle.Deregistered, 120, "举办者申请注销，预收费已全部退清，学员已妥善安置");
            Step(subjects[1], InstitutionEventKinds.Change, Institution.Subject, Institution.NonSubject, 150, "经审核，培训内容调整为艺术类，转为非学科类机构",
                "类别：学科类 → 非学科类；细类：无 → 文化艺术");
            (subjects[1].Category, subjects[1].Kind) = (Institution.NonSubject, "文化艺术");
            if (county == DemoData.Shapingba) Status(subjects[2], InstitutionLifecycle.Suspended, 90, "专项检查发现超前超标培训，责令停止招生整改");

            foreach (var licensedOnly in own.Where(i => i.Licence == InstitutionLifecycle.LicensedOnly))
            {
                Step(licensedOnly, InstitutionEventKinds.Licence, licensedOnly.Licence, InstitutionLifecycle.FullyLicensed, 100, "重新审批登记，取得办学许可证");
                licensedOnly.Licence = InstitutionLifecycle.FullyLicensed;
            }

            // Unlicensed operators found in the year: one without any licence (取缔), one with a business licence only (关停).
            var hidden = new Institution
            {
                Uscc = Uscc.Complete($"92{county}MA{serial}9{serial}001"), Name = $"{countyName}晨星补习班", Category = Institution.Subject,
                Profit = Institution.NonProfit, Mode = "线下", Licence = InstitutionLifecycle.Unlicensed, RegionCode = county,
                Address = $"重庆市{countyName}民主村小区3栋2单元", Status = Institution.Normal,
            };
            var gym = new Institution
            {
                Uscc = Uscc.Complete($"92{county}MA{serial}9{serial}002"), Name = $"{countyName}跃动体能馆", Category = Institution.NonSubject, Kind = "体育",
                Profit = "营利性", Mode = "线下", Licence = InstitutionLifecycle.LicensedOnly, RegionCode = county,
                Address = $"重庆市{countyName}石坪桥正街18号", Status = Institution.Normal,
            };
            db.AddRange(hidden, gym);
            Step(hidden, InstitutionEventKinds.Register, null, Institution.Normal, 240, "群众举报，现场核查后登记在册");
            Step(hidden, InstitutionEventKinds.Found, null, null, 240, "无证无照在居民楼内开展学科类培训");
            Status(hidden, InstitutionLifecycle.Banned, 230, "联合市场监管、公安部门依法取缔");
            List(hidden, InstitutionListEntry.Black, 228, "无证无照办学，已被依法取缔");
            Step(gym, InstitutionEventKinds.Register, null, Institution.Normal, 60, "专项排查中发现");
            Step(gym, InstitutionEventKinds.Found, null, null, 60, "仅有营业执照，未取得办学许可即招收中小学生");
            Status(gym, InstitutionLifecycle.Suspended, 45, "责令关停，待取得办学许可后再行招生");

            foreach (var white in own.Take(3)) List(white, InstitutionListEntry.White, 300, "证照齐全，年度检查合格，收费已备案");
            List(own[4], InstitutionListEntry.White, 280, "证照齐全，年度检查合格", 35, "收费投诉经查属实，移出白名单");
            List(own[4], InstitutionListEntry.Black, 35, "超标准预收费且拒不整改");
        }
    }
}

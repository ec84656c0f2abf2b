using Dudao.Core;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.AspNetCore.Identity;
using Dudao.Modules.Demo.History;
using Dudao.Modules.Reporting.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dudao.Modules.Demo;

/// <summary>
/// Demo mode: 重庆市 with 九龙坡区 (500107) and 沙坪坝区 (500106) populated, and the demo accounts
/// of the public contract, all with the password <see cref="Password"/>. Runs once, on an empty
/// account table.
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<User> users, TimeProvider clock, IConfiguration config, DemoHistory history,
    RollupRebuild rollups)
{
    public const string Password = "Dudao@2026";
    public const string Chongqing = "500000";
    public const string Jiulongpo = "500107";
    public const string Shapingba = "500106";

    private static readonly string[] JlpPlaces = ["杨家坪", "谢家湾", "黄桷坪", "石桥铺", "二郎", "渝州路", "九龙", "中梁山", "华岩", "西彭", "铜罐驿", "陶家", "走马", "白市驿", "含谷", "金凤", "巴福", "石坪桥", "袁家岗", "彩云湖", "森林", "科城", "玉清寺", "直港大道"];
    private static readonly string[] SpbPlaces = ["磁器口", "小龙坎", "天星桥", "童家桥", "井口", "歌乐山", "山洞", "新桥", "覃家岗", "陈家桥", "虎溪", "土主", "青木关", "凤凰", "回龙坝", "曾家", "中梁", "双碑", "大学城", "石井坡"];
    private static readonly string[] ZoneNames = ["第一责任区", "第二责任区", "第三责任区"];
    private static readonly string[] InspectorNames = ["李明华", "王秀英", "张建国", "刘芳", "陈志强", "杨丽娟", "赵德胜", "黄晓梅", "周文斌", "吴玉兰"];
    private static readonly string[] InstitutionWords = ["启航", "博雅", "智慧树", "星辰", "明德", "乐学", "青苗", "翰林", "雏鹰", "知行", "卓越", "童心"];
    private static readonly (string Suffix, string Category, string? Kind)[] InstitutionKinds =
    [
        ("艺术培训中心", Institution.NonSubject, "文化艺术"), ("体育培训中心", Institution.NonSubject, "体育"),
        ("科技培训学校", Institution.NonSubject, "科技"), ("文化培训学校", Institution.Subject, null),
    ];

    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        if (await db.Set<User>().IgnoreQueryFilters().AnyAsync(ct)) return false;

        var departments = new List<Department>();
        foreach (var region in new[] { Chongqing, Jiulongpo, Shapingba })
            departments.AddRange(Department.Standard.Skip(1).Select(name => new Department { RegionCode = region, Name = name }));
        db.AddRange(departments);

        var jlp = Populate(Jiulongpo, "九龙坡区", JlpPlaces, 1);
        Populate(Shapingba, "沙坪坝区", SpbPlaces, 2);
        // A city-level inspector (市督学): joins special inspections anywhere in 重庆市, hung on no school.
        var cityInspector = new Inspector { Name = "孙立新", Kind = "专职", RegionCode = Chongqing, Phone = "13823000001" };
        db.Add(cityInspector);
        await db.SaveChangesAsync(ct);

        var accounts = new (string Name, string Display, string Kind, string Region, string? Ref, string Role)[]
        {
            ("admin", "重庆市督导室管理员", OrgKinds.Office, Chongqing, null, Roles.OfficeAdmin),
            ("cq-duxue", cityInspector.Name, OrgKinds.Inspector, Chongqing, cityInspector.Id, Roles.Inspector),
            ("jlp-admin", "九龙坡区督导室管理员", OrgKinds.Office, Jiulongpo, null, Roles.OfficeAdmin),
            ("spb-admin", "沙坪坝区督导室管理员", OrgKinds.Office, Shapingba, null, Roles.OfficeAdmin),
            ("jlp-duxue", jlp.Inspector.Name, OrgKinds.Inspector, Jiulongpo, jlp.Inspector.Id, Roles.Inspector),
            ("jlp-jjk", "九龙坡区基教科", OrgKinds.Department, Jiulongpo, departments.First(d => d.RegionCode == Jiulongpo && d.Name == "基教科").Id, Roles.Department),
            ("jlp-pxjg", "九龙坡区校外培训监管科", OrgKinds.Department, Jiulongpo, departments.First(d => d.RegionCode == Jiulongpo && d.Name == "校外培训监管科").Id, Roles.Department),
            // The other departments the default complaint routing sends reports to, in both districts.
            ("jlp-jck", "九龙坡区计财科", OrgKinds.Department, Jiulongpo, departments.First(d => d.RegionCode == Jiulongpo && d.Name == "计财科").Id, Roles.Department),
            ("jlp-zgk", "九龙坡区政工科", OrgKinds.Department, Jiulongpo, departments.First(d => d.RegionCode == Jiulongpo && d.Name == "政工科").Id, Roles.Department),
            ("spb-jjk", "沙坪坝区基教科", OrgKinds.Department, Shapingba, departments.First(d => d.RegionCode == Shapingba && d.Name == "基教科").Id, Roles.Department),
            ("spb-pxjg", "沙坪坝区校外培训监管科", OrgKinds.Department, Shapingba, departments.First(d => d.RegionCode == Shapingba && d.Name == "校外培训监管科").Id, Roles.Department),
            ("spb-jck", "沙坪坝区计财科", OrgKinds.Department, Shapingba, departments.First(d => d.RegionCode == Shapingba && d.Name == "计财科").Id, Roles.Department),
            ("spb-zgk", "沙坪坝区政工科", OrgKinds.Department, Shapingba, departments.First(d => d.RegionCode == Shapingba && d.Name == "政工科").Id, Roles.Department),
            ("jlp-school", jlp.School.Name, OrgKinds.School, Jiulongpo, jlp.School.Id, Roles.School),
            ("jlp-jg", jlp.Institution.Name, OrgKinds.Institution, Jiulongpo, jlp.Institution.Id, Roles.Institution),
        };
        foreach (var a in accounts)
        {
            var user = new User
            {
                UserName = a.Name, DisplayName = a.Display, OrgKind = a.Kind, RegionCode = a.Region, OrgRefId = a.Ref,
                Roles = a.Role, CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        if (DemoMode.WithHistory(config)) await history.WriteAsync(ct);
        // The history's records were counted as they were saved; which of its problems are overdue is settled here, as the nightly job would.
        await rollups.SettleOverdueAsync(ct);
        return true;
    }

    public static IEnumerable<string> AccountsBanner()
    {
        yield return $"Dudao demo accounts (password {Password}):";
        yield return "  admin       重庆市 督导室        cq-duxue   重庆市 督学";
        yield return "  jlp-admin   九龙坡区 督导室      spb-admin  沙坪坝区 督导室";
        yield return "  jlp-duxue   九龙坡区 责任督学    jlp-jjk    九龙坡区 基教科     jlp-pxjg  九龙坡区 校外培训监管科";
        yield return "  jlp-jck     九龙坡区 计财科      jlp-zgk    九龙坡区 政工科";
        yield return "  spb-jjk     沙坪坝区 基教科      spb-pxjg   沙坪坝区 校外培训监管科  spb-jck  沙坪坝区 计财科  spb-zgk  沙坪坝区 政工科";
        yield return "  jlp-school  九龙坡区 学校        jlp-jg     九龙坡区 培训机构";
    }

    private (Inspector Inspector, School School, Institution Institution) Populate(string county, string countyName, string[] places, int serial)
    {
        var zones = ZoneNames.Select(n => new Zone { RegionCode = county, Name = n }).ToList();
        db.AddRange(zones);

        var schools = places.Select((place, i) =>
        {
            var type = (i % 6) switch { 4 => "初中", 5 => "九年一贯制学校", _ => "小学" };
            var suffix = type == "小学" ? "小学校" : type == "初中" ? "中学校" : "学校";
            return new School
            {
                Code = $"2150{serial}{i + 1:00000}", Name = $"重庆市{countyName}{place}{suffix}", Type = type,
                Ownership = i % 8 == 7 ? "民办" : "公办", RegionCode = county, Zone = zones[i % zones.Count].Name,
                Pupils = 600 + (i * 137 % 1800), Teachers = 40 + (i * 13 % 110),
                // Mostly urban districts, with a few township schools so reports can compare 城区 and 乡镇.
                Location = i % 5 == 3 ? "乡镇" : "城区", Tier = i % 10 == 3 ? "中心校" : null, Boarding = i % 10 == 8 ? "寄宿制" : "非寄宿制",
            };
        }).ToList();
        db.AddRange(schools);

        var institutions = InstitutionWords.Select((word, i) =>
        {
            var (suffix, category, kind) = InstitutionKinds[i % InstitutionKinds.Length];
            return new Institution
            {
                Uscc = Uscc.Complete($"52{county}MJ{serial}{i + 1:00000}"),
                Name = $"{countyName}{word}{suffix}", Category = category, Kind = kind,
                Profit = category == Institution.Subject || i % 3 == 0 ? Institution.NonProfit : "营利性",
                Mode = i % 5 == 4 ? "线上" : "线下", Licence = i % 7 == 6 ? "无证有照" : "证照齐全",
                RegionCode = county, Address = $"重庆市{countyName}{places[i % places.Length]}路{i + 10}号",
            };
        }).ToList();
        db.AddRange(institutions);

        var inspectors = Enumerable.Range(0, 5).Select(i => new Inspector
        {
            Name = InspectorNames[(i + serial * 5) % InspectorNames.Length], Kind = i < 2 ? "专职" : "兼职",
            RegionCode = county, Phone = $"1382300{serial}{i:000}",
        }).ToList();
        db.AddRange(inspectors);

        for (var i = 0; i < schools.Count; i++)
            db.Add(new Assignment { InspectorId = inspectors[i % inspectors.Count].Id, TargetKind = Assignment.SchoolTarget, TargetId = schools[i].Id, RegionCode = county });
        for (var i = 0; i < institutions.Count; i++)
            db.Add(new Assignment { InspectorId = inspectors[i % inspectors.Count].Id, TargetKind = Assignment.InstitutionTarget, TargetId = institutions[i].Id, RegionCode = county });

        return (inspectors[0], schools[0], institutions[0]);
    }
}

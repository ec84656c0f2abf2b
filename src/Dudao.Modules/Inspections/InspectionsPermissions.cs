using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Inspections;

public sealed class InspectionsPermissions : IPermissionSet
{
    public const string View = "inspections.view";
    public const string Record = "inspections.record";
    public const string Coverage = "inspections.coverage";
    public const string Plan = "inspections.plan";
    public const string PlanSpecial = "inspections.special.plan";
    public const string SelfAssess = "inspections.self-assess";
    public const string Acknowledge = "inspections.acknowledge";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看督导记录和督导报告",
        [Record] = "记录督导（责任督学只能对挂牌对象记录经常性督导，科室只能督导职责范围内的对象）",
        [Coverage] = "查看月月督覆盖情况",
        [Plan] = "组织自查自评",
        [PlanSpecial] = "组织、牵头专项督导（含四不两直）",
        [SelfAssess] = "填报本单位自查自评",
        [Acknowledge] = "确认本单位的督导记录",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Record, Coverage, Plan, PlanSpecial],
        [Roles.OfficeStaff] = [View, Record, Coverage, Plan, PlanSpecial],
        [Roles.Department] = [View, Record, Coverage, PlanSpecial],
        [Roles.Inspector] = [View, Record, Coverage],
        [Roles.School] = [View, SelfAssess, Acknowledge],
        [Roles.Institution] = [View, SelfAssess, Acknowledge],
    };
}

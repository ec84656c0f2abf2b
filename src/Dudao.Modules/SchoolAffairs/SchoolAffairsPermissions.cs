using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.SchoolAffairs;

/// <summary>
/// A school publishes its own homework, exams and after-school plan and files cases and teaching materials;
/// offices and inspectors read what their subtree's schools published; offices review cases and turn flags into problems.
/// </summary>
public sealed class SchoolAffairsPermissions : IPermissionSet
{
    public const string View = "school-affairs.view";
    public const string Publish = "school-affairs.publish";
    public const string SubmitCase = "school-affairs.submit-case";
    public const string Review = "school-affairs.review";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看校务公示（学校看本校，督导室看辖区学校的作业、考试、课后服务、案例和教辅）",
        [Publish] = "公示本校作业、考试安排、课后服务，备案教辅（学校账号）",
        [SubmitCase] = "报送优秀案例（学校、督学）",
        [Review] = "审核发布优秀案例，把校务预警转为整改问题",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Review],
        [Roles.OfficeStaff] = [View, Review],
        [Roles.Department] = [View],
        [Roles.Inspector] = [View, SubmitCase],
        [Roles.School] = [View, Publish, SubmitCase],
    };
}

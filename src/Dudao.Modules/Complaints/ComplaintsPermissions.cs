using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Complaints;

/// <summary>
/// Schools and institutions get none of these: the target of a report never reads it. Revealing
/// a reporter is a permission of its own, held by office administrators only.
/// </summary>
public sealed class ComplaintsPermissions : IPermissionSet
{
    public const string View = "complaints.view";
    public const string Handle = "complaints.handle";
    public const string Intake = "complaints.intake";
    public const string ManageRoutes = "complaints.routes.manage";
    public const string RevealReporter = "complaints.reporter.reveal";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看举报投诉（不含举报人身份）",
        [Handle] = "受理、调查、答复、办结举报投诉",
        [Intake] = "登记电话、邮件、微信、信访渠道的举报",
        [ManageRoutes] = "维护举报分办规则（类别→科室）",
        [RevealReporter] = "查看举报人身份（须填写理由，留痕审计）",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Handle, Intake, ManageRoutes, RevealReporter],
        [Roles.OfficeStaff] = [View, Handle, Intake],
        [Roles.Department] = [View, Handle],
    };
}

using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Training;

/// <summary>
/// An institution files and checks its own timetable; the 校外培训监管科 (and the office) review filings
/// and reconcile prepaid fees. A department supervises only when its remit includes institutions.
/// </summary>
public sealed class TrainingPermissions : IPermissionSet
{
    public const string File = "training.file";
    public const string Supervise = "training.supervise";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [File] = "本机构备案、查看资金监管结果、自查课表（培训机构账号）",
        [Supervise] = "审核机构备案，登记资金监管账户，导入对账单，课表违规转为问题",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [Supervise],
        [Roles.OfficeStaff] = [Supervise],
        [Roles.Department] = [Supervise],
        [Roles.Institution] = [File],
    };
}

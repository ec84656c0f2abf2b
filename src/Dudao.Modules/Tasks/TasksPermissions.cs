using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Tasks;

/// <summary>Offices keep their key-task list; the responsible departments (and the office) report progress on it.</summary>
public sealed class TasksPermissions : IPermissionSet
{
    public const string View = "tasks.view";
    public const string Manage = "tasks.manage";
    public const string Report = "tasks.report";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看本级和上级下达的重点任务清单",
        [Manage] = "制定本级重点任务清单（任务、责任单位、完成时限、节点）",
        [Report] = "报送重点任务的月度进展",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Manage, Report],
        [Roles.OfficeStaff] = [View, Manage, Report],
        [Roles.Department] = [View, Report],
    };
}

using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Platform;

public sealed class PlatformPermissions : IPermissionSet
{
    public const string ManageSettings = "platform.settings.manage";
    public const string RunJobs = "platform.jobs.run";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [ManageSettings] = "维护规则参数和节假日",
        [RunJobs] = "查看并手动运行定时任务",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [ManageSettings, RunJobs],
    };
}

namespace Dudao.Modules.Accounts.Logs;

/// <summary>The audit log's codes in Chinese; a record type without a name here shows as its code.</summary>
internal static class AuditText
{
    private static readonly Dictionary<string, string> RecordTypes = new()
    {
        ["School"] = "学校", ["Institution"] = "校外培训机构", ["Inspector"] = "督学", ["Department"] = "科室",
        ["Zone"] = "督导责任区", ["User"] = "用户账号",
    };

    public static string Action(string action) => action switch
    {
        "create" => "新增",
        "update" => "修改",
        "delete" => "删除",
        "unlock" => "解除锁定",
        _ => action,
    };

    public static string RecordType(string type) => RecordTypes.GetValueOrDefault(type, type);
}

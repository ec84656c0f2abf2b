namespace Dudao.Modules.Organization.Domain;

/// <summary>
/// Which step may follow which. Status: 审批中 → 正常 (or 注销 when the application is refused or
/// withdrawn); 正常 → 停办 / 注销 / 取缔; 停办 → 正常 (复办) / 注销 / 取缔; 注销 and 取缔 are final.
/// Licence moves to any other licence state while the institution exists. 黑机构 records an
/// unlicensed operation found (only without a full licence); 变更 records a change of name, address
/// or scope. A subject-type institution is never newly approved (003 C24).
/// </summary>
public static class InstitutionLifecycle
{
    public const string Pending = "审批中";
    public const string Suspended = "停办";
    public const string Deregistered = "注销";
    public const string Banned = "取缔";
    public const string FullyLicensed = "证照齐全";
    public const string LicensedOnly = "无证有照";
    public const string Unlicensed = "无证无照";
    public const string Found = "黑机构";
    public const string Change = "变更";

    /// <summary>The statuses in which an institution has left the market for good.</summary>
    public static readonly string[] Final = [Deregistered, Banned];

    /// <summary>The statuses that end an institution's training, each a kind of exit in the 压减 figures.</summary>
    public static readonly string[] Exits = [Suspended, Deregistered, Banned];

    public static readonly string[] Steps = [.. Institution.Statuses, .. Institution.Licences, Found, Change];

    public static bool IsStatus(string to) => Institution.Statuses.Contains(to);

    public static bool IsLicence(string to) => Institution.Licences.Contains(to);

    /// <summary>Every step the institution may take next, statuses first, in the vocabulary the API takes.</summary>
    public static IReadOnlyList<string> Next(Institution i)
    {
        if (Final.Contains(i.Status)) return [];
        var statuses = i.Status switch
        {
            Pending => [Institution.Normal, Deregistered],
            Institution.Normal => [Suspended, Deregistered, Banned],
            Suspended => [Institution.Normal, Deregistered, Banned],
            _ => Array.Empty<string>(),
        };
        var licences = Institution.Licences.Where(l => l != i.Licence);
        var found = i.Licence == FullyLicensed ? [] : new[] { Found };
        return [.. statuses, .. licences, .. found, Change];
    }

    /// <summary>null when <paramref name="to"/> may follow; otherwise why not, naming what may.</summary>
    public static string? Refusal(Institution i, string to)
    {
        var next = Next(i);
        if (next.Contains(to))
        {
            // 003 C24: 不再审批新的面向义务教育阶段学生的学科类校外培训机构.
            return i.Status == Pending && to == Institution.Normal && i.Category == Institution.Subject
                ? "不再审批新的面向义务教育阶段学生的学科类校外培训机构，学科类机构的申请只能不予批准（注销）"
                : null;
        }
        if (next.Count == 0) return $"机构已{i.Status}，不能再变更";
        var from = IsLicence(to) ? i.Licence : i.Status;
        return $"不能从“{from}”变更为“{to}”；可选：{string.Join("、", next)}";
    }
}

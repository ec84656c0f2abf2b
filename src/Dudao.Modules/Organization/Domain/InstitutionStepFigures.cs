namespace Dudao.Modules.Organization.Domain;

/// <summary>
/// What one step counts for in the 压减 figures of the month it happened in, from its own row: a subject-type
/// institution that was operating (正常) and stops by 停办, 注销 or 取缔, or turns 非学科类 by a 变更 (转非); 取缔 while
/// 无证无照; 关停 (停办, 注销 or 取缔) while 无证有照; 重新审批登记 (无证有照 → 证照齐全); a 黑机构 found. The 压减 page and
/// the reporting rollups both count through here.
/// </summary>
public static class InstitutionStepFigures
{
    public const string Suspended = "suspended";
    public const string Deregistered = "deregistered";
    public const string Banned = "banned";
    public const string Converted = "converted";
    public const string BannedUnlicensed = "banned-unlicensed";
    public const string ClosedLicensedOnly = "closed-licensed-only";
    public const string ReRegistered = "re-registered";
    public const string UnlicensedFound = "unlicensed-found";

    /// <summary>The subject-type exits by kind, in the order the figures show them.</summary>
    public static readonly string[] Exits = [Suspended, Deregistered, Banned, Converted];

    public static IEnumerable<string> Of(InstitutionEvent e)
    {
        switch (e.Kind)
        {
            case InstitutionEventKinds.Status when e.ToState is { } to && InstitutionLifecycle.Exits.Contains(to):
                if (e.FromState == Institution.Normal && e.CategoryBefore == Institution.Subject) yield return ExitOf(to);
                if (to == InstitutionLifecycle.Banned && e.LicenceBefore == InstitutionLifecycle.Unlicensed) yield return BannedUnlicensed;
                if (e.LicenceBefore == InstitutionLifecycle.LicensedOnly) yield return ClosedLicensedOnly;
                break;
            case InstitutionEventKinds.Change when e is { FromState: Institution.Subject, ToState: Institution.NonSubject, StatusBefore: Institution.Normal }:
                yield return Converted;
                break;
            case InstitutionEventKinds.Licence when e is { FromState: InstitutionLifecycle.LicensedOnly, ToState: InstitutionLifecycle.FullyLicensed }:
                yield return ReRegistered;
                break;
            case InstitutionEventKinds.Found:
                yield return UnlicensedFound;
                break;
        }
    }

    private static string ExitOf(string status) => status switch
    {
        InstitutionLifecycle.Suspended => Suspended,
        InstitutionLifecycle.Deregistered => Deregistered,
        _ => Banned,
    };
}

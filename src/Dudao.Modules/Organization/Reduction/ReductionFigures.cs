namespace Dudao.Modules.Organization.Reduction;

/// <summary>How the subject-type institutions of the baseline left: each counted once, by its state at the end of the period.</summary>
/// <param name="Converted">Turned into 非学科类 by a 变更 (转非).</param>
public sealed record ReductionByExit(int Suspended, int Deregistered, int Banned, int Converted);

/// <summary>
/// The 压减 figures of seed 002 for a region and period, all from the dated history: subject-type
/// institutions operating (正常) at the start of <c>from</c> (<c>baseline</c>) and at the end of
/// <c>to</c> (<c>now</c>), those of the baseline no longer operating (<c>reduced</c>, by kind of exit)
/// and the 压减率 (<c>rate</c>, reduced ÷ baseline, 0–1); what happened in the period by its date:
/// 取缔 of 无证无照, 关停 (停办, 注销 or 取缔) of 无证有照, 重新审批登记 (无证有照 → 证照齐全), 黑机构 found,
/// institutions inspected and their visits, 整改通知书 issued; and institutions in fund supervision at the end
/// of the period (<c>fundSupervised</c>, from the training module's custody accounts through <see cref="IFundSupervision"/>).
/// </summary>
/// <param name="Added">Subject-type institutions operating now that were not at the baseline (resumed after 停办).</param>
public sealed record ReductionFigures(string RegionCode, string? RegionName, DateOnly From, DateOnly To,
    int Baseline, int Now, int Reduced, double Rate, ReductionByExit ReducedBy, int Added,
    int NonSubjectNow, int BannedUnlicensed, int ClosedLicensedOnly, int ReRegistered, int UnlicensedFound,
    int InstitutionsInspected, int InstitutionVisits, int RectificationNotices, int FundSupervised);

/// <summary><c>?regionCode=&amp;from=&amp;to=</c>: a county or larger region, and the period (default: this year to today).</summary>
public sealed record ReductionQuery(string? RegionCode, DateOnly? From, DateOnly? To);

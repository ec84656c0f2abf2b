using Dudao.Core.Scope;

namespace Dudao.Modules.Training.Domain;

/// <summary>
/// Something reconciliation found wrong with an institution's prepaid fees; each opens a problem in the
/// rectification ledger. <see cref="Key"/> makes a finding count once (per statement, or per institution
/// for a missing custody account).
/// </summary>
public sealed class FundFlag : ITargetScoped
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Key { get; init; } = "";
    public string? Period { get; init; }
    public string Message { get; init; } = "";
    public string? ProblemId { get; set; }
    public DateTime RaisedAt { get; init; }
}

public static class FundFlagKinds
{
    public const string BelowMinimum = "below-minimum";
    public const string NoCustodyAccount = "no-custody-account";
    public const string OverPurchaseLimit = "over-purchase-limit";
    public const string RefundOverdue = "refund-overdue";
    public const string UnfiledCharging = "unfiled-charging";

    public static string Label(string kind) => kind switch
    {
        BelowMinimum => "余额低于最低余额",
        NoCustodyAccount => "已备案收费但未纳入资金监管",
        OverPurchaseLimit => "单笔收费超过上限",
        RefundOverdue => "退费久拖未办",
        UnfiledCharging => "收费标准未备案即收费",
        _ => kind,
    };
}

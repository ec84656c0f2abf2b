using Dudao.Core.Scope;

namespace Dudao.Modules.Training.Domain;

/// <summary>
/// One institution's line of a custody platform's periodic statement, as imported. Its identity is the
/// institution's 统一社会信用代码 and the period: importing it again changes nothing.
/// </summary>
public sealed class FundStatement : ITargetScoped
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string Uscc { get; init; } = "";
    /// <summary>The month the statement covers, <c>yyyy-MM</c>.</summary>
    public string Period { get; init; } = "";
    public decimal Collected { get; init; }
    /// <summary>Released to the institution as lessons were consumed (消课).</summary>
    public decimal Released { get; init; }
    public decimal Refunded { get; init; }
    public decimal Balance { get; init; }
    /// <summary>The required minimum balance or risk reserve (最低余额/风险储备金).</summary>
    public decimal MinimumBalance { get; init; }
    /// <summary>The largest single purchase of the period, in lessons and in months; null when the platform does not report it.</summary>
    public int? MaxPurchaseLessons { get; init; }
    public int? MaxPurchaseMonths { get; init; }
    /// <summary>How long the oldest refund request still unpaid has waited, in days.</summary>
    public int? OldestRefundDays { get; init; }
    public DateTime ImportedAt { get; init; }
    public string ImportedBy { get; init; } = "";

    public bool SameFigures(FundStatement other) =>
        Collected == other.Collected && Released == other.Released && Refunded == other.Refunded && Balance == other.Balance
        && MinimumBalance == other.MinimumBalance && MaxPurchaseLessons == other.MaxPurchaseLessons
        && MaxPurchaseMonths == other.MaxPurchaseMonths && OldestRefundDays == other.OldestRefundDays;
}

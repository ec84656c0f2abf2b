namespace Dudao.Modules.Campaigns.Targeting;

/// <summary>One part of a risk score: what was counted, its weight (a setting) and the points they give.</summary>
public sealed record ScorePart(decimal Value, int Weight, decimal Points)
{
    public static ScorePart Of(decimal value, int weight) => new(value, weight, Math.Round(value * weight, 2, MidpointRounding.AwayFromZero));
}

/// <param name="Complaints">Valid reports of the last 12 months, each weighted (12 − months ago) / 12; a suspected duplicate adds nothing.</param>
/// <param name="Overdue">Problems past their deadline and not closed at the month's start.</param>
/// <param name="Reopened">Problems sent back by a failed verification or follow-up in the last 12 months.</param>
/// <param name="SelfGap">How far the latest self-assessment scored above the latest inspector visit on the same checklist (sum over items, 0–1 each).</param>
/// <param name="UnvisitedMonths">Whole months before the month without a visit, at most 12 (12 when never visited).</param>
public sealed record ScoreParts(ScorePart Complaints, ScorePart Overdue, ScorePart Reopened, ScorePart SelfGap, ScorePart UnvisitedMonths)
{
    public decimal Total => Complaints.Points + Overdue.Points + Reopened.Points + SelfGap.Points + UnvisitedMonths.Points;
}

/// <param name="Proposed">On the proposed priority list for the month.</param>
/// <param name="Unannounced">Proposed for a 四不两直 (unannounced) visit.</param>
public sealed record TargetScoreDto(string TargetKind, string TargetId, string Name, string RegionCode, decimal Score, ScoreParts Parts, int Rank,
    bool Proposed, bool Unannounced);

public sealed record TargetingEntryDto(int Rank, string TargetKind, string TargetId, string Name, bool Unannounced);

public sealed record AcceptedListDto(string RegionCode, string Month, DateTime AcceptedAt, string AcceptedBy, IReadOnlyList<TargetingEntryDto> Entries);

/// <summary>What an office accepts for a county and month: the priority list in its order, and which of them get an unannounced visit.</summary>
public sealed record TargetingAcceptInput(string? RegionCode, string? Month, List<string>? PriorityIds, List<string>? UnannouncedIds);

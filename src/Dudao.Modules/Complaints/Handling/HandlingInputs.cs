namespace Dudao.Modules.Complaints.Handling;

/// <param name="Version">The version read, to refuse a change made on stale data (409).</param>
public sealed record VersionInput(int? Version = null);

public sealed record ExtendInput(int? Days, string? Reason, int? Version = null);

public sealed record ReplyInput(string? Reply, int? Version = null);

/// <param name="Department">A department of the complaint's county, or 督导室 (a move within the county).</param>
/// <param name="RegionCode">Another county, whose office receives it (its routing picks the department); empty for a move within the county.</param>
/// <param name="Reason">Why; required for another county.</param>
public sealed record TransferInput(string? Department, int? Version = null, string? RegionCode = null, string? Reason = null);

/// <param name="Reason">Why it is not accepted; the reporter reads it with the receipt code.</param>
public sealed record RejectInput(string? Reason, int? Version = null);

/// <param name="Problems">Problems found, each opened on the rectification ledger.</param>
public sealed record InvestigationInput(DateOnly? Date, string? Method, string? Verdict, string? Findings, IReadOnlyList<FoundProblem>? Problems);

/// <param name="Severity">low | medium | high</param>
public sealed record FoundProblem(string? Description, string? Severity);

namespace Dudao.Modules.Training.Funds;

public sealed record FundFlagDto(string Id, string InstitutionId, string InstitutionName, string Kind, string KindLabel, string? Period, string Message,
    string? ProblemId, DateTime RaisedAt);

/// <param name="Imported">Statement lines written; <paramref name="Unchanged"/> those already imported with the same figures.</param>
public sealed record StatementImportResult(int Imported, int Unchanged, IReadOnlyList<FundFlagDto> Flags);

public sealed record StatementDto(string Period, decimal Collected, decimal Released, decimal Refunded, decimal Balance, decimal MinimumBalance,
    int? MaxPurchaseLessons, int? MaxPurchaseMonths, int? OldestRefundDays, DateTime ImportedAt);

public sealed record CustodyInput(string? Bank, string? AccountNo, string? Platform, DateOnly? Since);

public sealed record CustodyDto(string InstitutionId, string InstitutionName, string Uscc, string Bank, string AccountNo, string? Platform, DateOnly Since);

/// <summary>An institution's prepaid-fund position: its custody account, its latest reconciled statement and the flags raised.</summary>
public sealed record FundPositionDto(string InstitutionId, string Name, string Uscc, string RegionCode, CustodyDto? Custody, StatementDto? Latest,
    bool HasApprovedFees, IReadOnlyList<FundFlagDto> Flags);

namespace Dudao.Modules.SchoolAffairs.Cases;

/// <param name="Category">One of the case categories (作业设计与管理、课后服务 …).</param>
public sealed record CaseInput(string? Title, string? Category, string? Text);

/// <param name="Note">Why it is filed without publishing; optional.</param>
public sealed record CaseReviewInput(string? Note);

public sealed record CaseAttachment(string Id, string FileName, long Size);

public sealed record CaseDto(string Id, string Title, string Category, string Text, string SubmitterKind, string SubmitterName, string? SchoolId,
    string RegionCode, string Quarter, string Status, string StatusLabel, DateTime SubmittedAt, DateTime? ReviewedAt, string? ReviewNote,
    IReadOnlyList<CaseAttachment> Attachments, int Version);

/// <summary>A published case as the public library shows it: no account names.</summary>
public sealed record PublicCaseDto(string Id, string Title, string Category, string Text, string Author, string RegionName, DateOnly PublishedOn);

/// <param name="Submitted">Cases the school submitted in the quarter (any status).</param>
public sealed record MissingCaseSchool(string SchoolId, string Name, int Submitted);

public sealed record MissingCases(string Quarter, string QuarterLabel, int Required, IReadOnlyList<MissingCaseSchool> Schools);

public sealed record RemindersSent(int Sent, int AlreadyReminded);

namespace Dudao.Modules.Profiles.Dossiers;

/// <summary>
/// 一校一档: one school or institution with everything recorded about it. A section is null when
/// the caller may not read that kind of record (a school never reads complaints about itself).
/// </summary>
public sealed record Dossier(string Kind, string Id, string Name, string RegionName,
    IReadOnlyList<RegistryField> Registry,
    IReadOnlyList<DossierInspector> Inspectors,
    DossierSection<DossierVisit>? Visits,
    DossierSection<DossierProblem>? Problems,
    DossierSection<DossierComplaint>? Complaints,
    DossierSection<DossierEscalation>? Escalations,
    DossierSection<DossierSelfAssessment>? SelfAssessments);

public sealed record RegistryField(string Label, string? Value);

public sealed record DossierInspector(string Id, string Name, string Role, string? Phone);

/// <param name="Items">The latest <see cref="DossierService.Shown"/> records.</param>
/// <param name="Total">All of them, so the page can say how many more the full list holds.</param>
public sealed record DossierSection<T>(IReadOnlyList<T> Items, int Total);

public sealed record DossierVisit(string Id, DateOnly Date, string Kind, string? InspectorName, string Summary);

public sealed record DossierProblem(string Id, string Description, string Category, string Severity, string Status, DateOnly Deadline, bool Overdue);

public sealed record DossierComplaint(string Id, string Category, string Status, DateTime SubmittedAt);

public sealed record DossierEscalation(string Id, string Level, DateOnly DecidedOn, string Reason);

public sealed record DossierSelfAssessment(string Id, string Round, string Status, DateTime? SubmittedAt);

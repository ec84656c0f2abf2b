using Dudao.Modules.SchoolAffairs.Domain;

namespace Dudao.Modules.SchoolAffairs.Materials;

/// <param name="Items">The whole term's order; it replaces what was filed before.</param>
/// <param name="VoluntaryConfirmed">The school confirms pupils buy voluntarily (000 §14: 学生和家长自愿).</param>
public sealed record MaterialFilingInput(IReadOnlyList<MaterialLineInput>? Items, bool? VoluntaryConfirmed, int? Version = null);

public sealed record MaterialLineInput(string? Subject, int? Grade, string? Title, string? Publisher, string? Edition, decimal? Price);

public sealed record MaterialFile(string Id, string FileName);

/// <param name="Filed">False while the school has filed nothing for the term.</param>
/// <param name="Flags">More sets than allowed for one subject and grade.</param>
public sealed record MaterialFilingDto(string SchoolId, string SchoolName, string Term, string TermLabel, bool Filed, IReadOnlyList<MaterialLine> Items,
    bool VoluntaryConfirmed, IReadOnlyList<MaterialFile> Approvals, IReadOnlyList<Breach> Flags, DateTime? UpdatedAt, int? Version);

/// <param name="Flags">"未备案" when nothing is filed, else the subjects with too many sets.</param>
public sealed record MaterialOverviewRow(string SchoolId, string Name, bool Filed, int Items, int Approvals, IReadOnlyList<Breach> Flags);

public sealed record MaterialOverview(string Term, string TermLabel, int SetsPerSubject, IReadOnlyList<MaterialOverviewRow> Schools);

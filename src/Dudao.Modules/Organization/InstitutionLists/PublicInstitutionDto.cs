namespace Dudao.Modules.Organization.InstitutionLists;

/// <summary>What anyone may read about an institution: registry facts, list membership, filed fees and where to complain.</summary>
/// <param name="List">white, black, or null when on neither list.</param>
/// <param name="ListedOn">The day it entered its current list.</param>
/// <param name="ListEntries">Every stay on a list, newest first, with entry and removal dates and reasons.</param>
/// <param name="ComplaintUrl">The public complaint form with this institution filled in.</param>
public sealed record PublicInstitutionDto(string Name, string Uscc, string Category, string Licence, string Status, string? List, DateOnly? ListedOn,
    string RegionCode, string? RegionName, string? Address, IReadOnlyList<PublicFee> Fees, IReadOnlyList<ListEntryDto> ListEntries, string ComplaintUrl);

/// <summary>A line of the public search: enough to tell institutions apart and open one.</summary>
public sealed record PublicInstitutionItem(string Name, string Uscc, string Category, string Licence, string Status, string? List, DateOnly? ListedOn,
    string RegionCode, string? RegionName);

/// <summary><c>?q=&amp;list=white|black</c> of the public search.</summary>
public sealed record PublicInstitutionQuery(string? Q, string? List);

namespace Dudao.Modules.Profiles.Search;

/// <summary>What a search found, by kind; each kind empty when nothing matched or the caller may not see it.</summary>
public sealed record SearchResults(string Q, SearchGroup Schools, SearchGroup Institutions, SearchGroup Problems, SearchGroup Complaints)
{
    public bool Empty => Schools.Items.Count + Institutions.Items.Count + Problems.Items.Count + Complaints.Items.Count == 0;
}

/// <param name="More">More matched than are listed: the caller should narrow the search.</param>
public sealed record SearchGroup(IReadOnlyList<SearchHit> Items, bool More)
{
    public static readonly SearchGroup None = new([], false);
}

/// <param name="Title">The name (a school, an institution), the description (a problem) or the category (a complaint).</param>
/// <param name="Detail">What tells two hits apart: code, kind, region, status.</param>
public sealed record SearchHit(string Id, string Title, string Detail, string RegionCode);

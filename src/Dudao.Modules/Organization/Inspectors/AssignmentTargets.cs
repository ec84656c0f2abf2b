using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Inspectors;

/// <summary>A school or an institution seen as an assignment target; <see cref="Code"/> gives a stable order on both databases.</summary>
internal sealed class AssignmentTarget
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Code { get; init; } = "";
    public string RegionCode { get; init; } = "";
}

/// <summary>Schools and institutions as one shape, so every assignment query is written once for both kinds.</summary>
internal static class AssignmentTargets
{
    /// <summary>The visible targets of one kind (the data-scope filter applies as to any query), of <paramref name="regionCode"/> and below when given.</summary>
    public static IQueryable<AssignmentTarget> Of(AppDbContext db, string kind, string? regionCode = null) => kind == Assignment.SchoolTarget
        ? db.Set<School>().InRegion(regionCode).Select(s => new AssignmentTarget { Id = s.Id, Name = s.Name, Code = s.Code, RegionCode = s.RegionCode })
        : db.Set<Institution>().InRegion(regionCode).Select(i => new AssignmentTarget { Id = i.Id, Name = i.Name, Code = i.Uscc, RegionCode = i.RegionCode });

    /// <summary>The input field and the Chinese noun for a kind, for error messages.</summary>
    public static (string Field, string Label) Describe(string kind) =>
        kind == Assignment.SchoolTarget ? ("schoolIds", "学校") : ("institutionIds", "培训机构");
}

namespace Dudao.Modules.Organization.Regions;

/// <summary>A region as the API shows it; <c>Level</c> is province, city, county or township.</summary>
public sealed record RegionDto(string Code, string Name, string Level, string? ParentCode);

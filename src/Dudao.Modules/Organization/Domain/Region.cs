namespace Dudao.Modules.Organization.Domain;

/// <summary>A GB/T 2260 region (province, city, county) or a township; loaded from the shipped table.</summary>
public sealed class Region
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Level { get; init; } = "";
    public string? ParentCode { get; init; }
}

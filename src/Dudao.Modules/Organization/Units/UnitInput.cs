namespace Dudao.Modules.Organization.Units;

/// <summary>A new 督导责任区 or 科室: <c>{ regionCode, name }</c>. Settable, so the staff forms bind to it too.</summary>
public sealed class UnitInput
{
    public const int MaxName = 64;

    public string? RegionCode { get; set; }
    public string? Name { get; set; }

    /// <param name="regionError">The region check's message (exists, right level, inside the caller's scope), or null.</param>
    public IEnumerable<(string Field, string Message)> Check(string? regionError, string label)
    {
        if (regionError is not null) yield return ("regionCode", regionError);
        if (string.IsNullOrWhiteSpace(Name)) yield return ("name", $"{label}名称不能为空");
        else if (Core.Errors.Check.Length(Name, MaxName, $"{label}名称", "个字") is { } nameError) yield return ("name", nameError);
    }
}

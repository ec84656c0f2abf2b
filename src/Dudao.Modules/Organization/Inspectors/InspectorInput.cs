using Dudao.Core;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Inspectors;

/// <summary>
/// What a client sends to create or change an inspector; <c>version</c> guards concurrent edits.
/// Settable properties, so the staff form binds to the same type the API reads.
/// </summary>
public sealed class InspectorInput
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? RegionCode { get; set; }
    public string? Phone { get; set; }
    public int? Version { get; set; }

    /// <param name="regionError">The region check's message (exists, a province, city or county inside the caller's scope), or null.</param>
    public IEnumerable<(string Field, string Message)> Check(string? regionError)
    {
        if (string.IsNullOrWhiteSpace(Name)) yield return ("name", "姓名不能为空");
        else if (Core.Errors.Check.Length(Name, 32, "姓名", "个字") is { } nameError) yield return ("name", nameError);
        if (Core.Errors.Check.OneOf(Kind, Inspector.Kinds, "类别") is { } kindError) yield return ("kind", kindError);
        if (regionError is not null) yield return ("regionCode", regionError);
        if (!string.IsNullOrWhiteSpace(Phone) && PhoneNumber.Validate(Phone.Trim()) is { } phoneError) yield return ("phone", phoneError);
    }

    public void ApplyTo(Inspector inspector)
    {
        inspector.Name = Name!.Trim();
        inspector.Kind = Kind!;
        inspector.RegionCode = RegionCode!;
        inspector.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
    }

    public static InspectorInput From(InspectorDetailDto inspector) => new()
    {
        Name = inspector.Name, Kind = inspector.Kind, RegionCode = inspector.RegionCode, Phone = inspector.Phone, Version = inspector.Version,
    };
}

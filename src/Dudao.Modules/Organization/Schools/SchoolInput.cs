using Dudao.Core;
using Dudao.Core.Scope;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Registry;

namespace Dudao.Modules.Organization.Schools;

/// <summary>
/// What a client sends to create or change a school; <c>version</c> guards concurrent edits.
/// <c>location</c>, <c>tier</c> and <c>boarding</c> came later: left out (null) they keep their value, so
/// older clients keep working; an empty string clears them.
/// </summary>
public sealed record SchoolInput(string? Code, string? Name, string? Type, string? Ownership, string? RegionCode,
    string? Zone, int? Pupils, int? Teachers, int? Version = null, string? Location = null, string? Tier = null, string? Boarding = null)
{
    /// <summary>Field → import header, so row errors name the column the user sees.</summary>
    public static readonly IReadOnlyDictionary<string, string> Headers = new Dictionary<string, string>
    {
        ["code"] = "学校标识码", ["name"] = "学校名称", ["type"] = "学校类型", ["ownership"] = "办学性质",
        ["regionCode"] = "行政区划代码", ["zone"] = "督导责任区", ["pupils"] = "学生数", ["teachers"] = "教师数",
        ["location"] = "城乡类别", ["tier"] = "中心校/村小", ["boarding"] = "寄宿情况",
    };

    /// <summary>
    /// Every rule that needs no query: the code's format and province digits, enum values,
    /// non-negative counts, and that the county exists, is inside the caller's scope and has the zone.
    /// </summary>
    public IEnumerable<(string Field, string Message)> Check(string? countyError, DataScope scope, Func<string, string, bool> zoneExists)
    {
        if (RegistryChecks.Name(Name, "学校名称") is { } nameError) yield return ("name", nameError);
        if (RegistryChecks.County(countyError, RegionCode, scope) is { } regionError) yield return ("regionCode", regionError);
        if (SchoolCode.Validate(Code, countyError is null ? RegionCode : null) is { } codeError) yield return ("code", codeError);
        if (Core.Errors.Check.OneOf(Type, School.Types, "学校类型") is { } typeError) yield return ("type", typeError);
        if (Core.Errors.Check.OneOf(Ownership, School.Ownerships, "办学性质") is { } ownershipError) yield return ("ownership", ownershipError);
        if (!string.IsNullOrWhiteSpace(Zone) && countyError is null && !zoneExists(RegionCode!, Zone.Trim()))
            yield return ("zone", $"督导责任区“{Zone}”在该区县不存在");
        if (Pupils is null or < 0) yield return ("pupils", "学生数应为不小于0的整数");
        if (Teachers is null or < 0) yield return ("teachers", "教师数应为不小于0的整数");
        if (Optional(Location, School.Locations, "城乡类别") is { } locationError) yield return ("location", locationError);
        if (Optional(Tier, School.Tiers, "中心校/村小") is { } tierError) yield return ("tier", tierError + "（都不是则留空）");
        if (Optional(Boarding, School.Boardings, "寄宿情况") is { } boardingError) yield return ("boarding", boardingError);
    }

    private static string? Optional(string? value, string[] allowed, string label) =>
        string.IsNullOrWhiteSpace(value) ? null : Core.Errors.Check.OneOf(value.Trim(), allowed, label);

    public void ApplyTo(School school)
    {
        school.Code = Code!.Trim();
        school.Name = Name!.Trim();
        school.Type = Type!;
        school.Ownership = Ownership!;
        school.RegionCode = RegionCode!;
        school.Zone = string.IsNullOrWhiteSpace(Zone) ? null : Zone.Trim();
        school.Pupils = Pupils!.Value;
        school.Teachers = Teachers!.Value;
        if (Location is not null) school.Location = Blank(Location);
        if (Tier is not null) school.Tier = Blank(Tier);
        if (Boarding is not null) school.Boarding = Blank(Boarding);
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

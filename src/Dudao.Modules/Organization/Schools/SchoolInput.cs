using Dudao.Core;
using Dudao.Core.Scope;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Schools;

/// <summary>What a client sends to create or change a school; <c>version</c> guards concurrent edits.</summary>
public sealed record SchoolInput(string? Code, string? Name, string? Type, string? Ownership, string? RegionCode,
    string? Zone, int? Pupils, int? Teachers, int? Version = null)
{
    /// <summary>Field → import header, so row errors name the column the user sees.</summary>
    public static readonly IReadOnlyDictionary<string, string> Headers = new Dictionary<string, string>
    {
        ["code"] = "学校标识码", ["name"] = "学校名称", ["type"] = "学校类型", ["ownership"] = "办学性质",
        ["regionCode"] = "行政区划代码", ["zone"] = "督导责任区", ["pupils"] = "学生数", ["teachers"] = "教师数",
    };

    /// <summary>
    /// Every rule that needs no query: the code's format and province digits, enum values,
    /// non-negative counts, and that the county exists, is inside the caller's scope and has the zone.
    /// </summary>
    public IEnumerable<(string Field, string Message)> Check(string? countyError, DataScope scope, Func<string, string, bool> zoneExists)
    {
        if (string.IsNullOrWhiteSpace(Name)) yield return ("name", "学校名称不能为空");
        else if (Name.Trim().Length > 100) yield return ("name", "学校名称不能超过100个字");
        if (countyError is not null) yield return ("regionCode", countyError);
        else if (!scope.Covers(RegionCode!)) yield return ("regionCode", $"行政区划“{RegionCode}”不在您的管理范围内");
        if (SchoolCode.Validate(Code, countyError is null ? RegionCode : null) is { } codeError) yield return ("code", codeError);
        if (!School.Types.Contains(Type)) yield return ("type", $"学校类型应为：{string.Join("、", School.Types)}");
        if (!School.Ownerships.Contains(Ownership)) yield return ("ownership", "办学性质应为：公办、民办");
        if (!string.IsNullOrWhiteSpace(Zone) && countyError is null && !zoneExists(RegionCode!, Zone.Trim()))
            yield return ("zone", $"督导责任区“{Zone}”在该区县不存在");
        if (Pupils is null or < 0) yield return ("pupils", "学生数应为不小于0的整数");
        if (Teachers is null or < 0) yield return ("teachers", "教师数应为不小于0的整数");
    }

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
    }
}

using Dudao.Core;
using Dudao.Core.Scope;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Registry;

namespace Dudao.Modules.Organization.Institutions;

/// <summary>What a client sends to create or change an institution; <c>version</c> guards concurrent edits.</summary>
public sealed record InstitutionInput(string? Uscc, string? Name, string? Category, string? Kind, string? Profit, string? Mode,
    string? Licence, string? Status, string? RegionCode, string? Address, int? Version = null)
{
    public const int AddressLength = 200;

    /// <summary>Field → import header, so row errors name the column the user sees.</summary>
    public static readonly IReadOnlyDictionary<string, string> Headers = new Dictionary<string, string>
    {
        ["uscc"] = "统一社会信用代码", ["name"] = "机构名称", ["category"] = "类别", ["kind"] = "细类",
        ["profit"] = "营利性质", ["mode"] = "培训方式", ["licence"] = "证照情况", ["regionCode"] = "行政区划代码", ["address"] = "地址",
    };

    /// <summary>
    /// Every rule that needs no query: the USCC's format and checks, enum values, the rules tying
    /// kind and profit to the category, and that the county exists and is inside the caller's scope.
    /// </summary>
    public IEnumerable<(string Field, string Message)> Check(string? countyError, DataScope scope)
    {
        if (Core.Uscc.Validate(Uscc?.Trim()) is { } usccError) yield return ("uscc", usccError);
        if (RegistryChecks.Name(Name, "机构名称") is { } nameError) yield return ("name", nameError);
        if (Core.Errors.Check.OneOf(Category, Institution.Categories, "类别") is { } categoryError) yield return ("category", categoryError);
        if (KindError() is { } kindError) yield return ("kind", kindError);
        if (Core.Errors.Check.OneOf(Profit, Institution.Profits, "营利性质") is { } profitError) yield return ("profit", profitError);
        else if (Category == Institution.Subject && Profit != Institution.NonProfit) yield return ("profit", "学科类机构应为非营利性");
        if (Core.Errors.Check.OneOf(Mode, Institution.Modes, "培训方式") is { } modeError) yield return ("mode", modeError);
        if (Core.Errors.Check.OneOf(Licence, Institution.Licences, "证照情况") is { } licenceError) yield return ("licence", licenceError);
        if (Core.Errors.Check.OneOf(EffectiveStatus, Institution.Statuses, "状态") is { } statusError) yield return ("status", statusError);
        if (RegistryChecks.County(countyError, RegionCode, scope) is { } regionError) yield return ("regionCode", regionError);
        if (Core.Errors.Check.Length(Address, AddressLength, "地址", "个字") is { } addressError) yield return ("address", addressError);
    }

    public void ApplyTo(Institution institution)
    {
        institution.Uscc = Uscc!.Trim();
        institution.Name = Name!.Trim();
        institution.Category = Category!;
        institution.Kind = Blank(Kind);
        institution.Profit = Profit!;
        institution.Mode = Mode!;
        institution.Licence = Licence!;
        institution.Status = EffectiveStatus;
        institution.RegionCode = RegionCode!;
        institution.Address = Blank(Address);
    }

    private string EffectiveStatus => string.IsNullOrWhiteSpace(Status) ? Institution.Normal : Status.Trim();

    /// <summary>细类 classifies only 非学科类 institutions.</summary>
    private string? KindError() => Category switch
    {
        Institution.NonSubject => Core.Errors.Check.OneOf(Kind, Institution.Kinds, "非学科类机构的细类"),
        Institution.Subject when !string.IsNullOrWhiteSpace(Kind) => "学科类机构不填细类",
        _ => null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

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
        ["status"] = "状态",
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

    /// <summary>Copies the fields onto the record; without a status a new record starts 正常 and an existing one keeps its own.</summary>
    public void ApplyTo(Institution institution)
    {
        institution.Uscc = Uscc!.Trim();
        institution.Name = Name!.Trim();
        institution.Category = Category!;
        institution.Kind = Blank(Kind);
        institution.Profit = Profit!;
        institution.Mode = Mode!;
        institution.Licence = Licence!;
        if (!string.IsNullOrWhiteSpace(Status)) institution.Status = Status.Trim();
        institution.RegionCode = RegionCode!;
        institution.Address = Blank(Address);
    }

    /// <summary>A new record is an application (审批中) or an institution already operating (正常); the rest are steps of its life.</summary>
    public string? NewStatusError() =>
        EffectiveStatus is InstitutionLifecycle.Pending or Institution.Normal ? null : "新登记机构的状态应为：审批中、正常；停办、注销、取缔请登记后通过状态变更办理";

    /// <summary>
    /// Status, licence and category change only as dated steps (POST /api/institutions/{id}/transitions), so the
    /// history and the 压减 figures know when; an edit that sends them unchanged, or not at all, passes.
    /// </summary>
    public IEnumerable<(string Field, string Message)> StepsOutsideEdit(Institution existing)
    {
        const string Pointer = "不能直接修改，请在机构页面“状态变更”中办理（API：POST /api/institutions/{id}/transitions），以便记录日期和原因";
        if (!string.IsNullOrWhiteSpace(Status) && Status.Trim() != existing.Status) yield return ("status", "状态" + Pointer);
        if (Licence is not null && Licence != existing.Licence) yield return ("licence", "证照情况" + Pointer);
        if (Category is not null && Category != existing.Category) yield return ("category", "类别" + Pointer);
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

using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Institutions;

namespace Dudao.Modules.Organization.InstitutionHistory;

/// <summary>
/// A 变更: the institution's name, address or scope (category, kind, mode) as they become, checked by
/// the registry's own rules — so a subject-type institution must stay non-profit — and described for the history.
/// </summary>
internal sealed class InstitutionChange
{
    private readonly InstitutionInput _after;

    private InstitutionChange(InstitutionInput after, string details, string? fromCategory, string? toCategory)
    {
        _after = after;
        (Details, FromCategory, ToCategory) = (details, fromCategory, toCategory);
    }

    public string Details { get; }
    public string? FromCategory { get; }
    public string? ToCategory { get; }

    /// <returns>null when refused; the reasons are added to <paramref name="errors"/>.</returns>
    public static InstitutionChange? Of(Institution i, TransitionInput input, DataScope scope, ValidationErrors errors)
    {
        var category = Given(input.Category) ?? i.Category;
        // Leaving 学科类 drops the need for a 细类 no more than entering it keeps one: the kind follows the category unless given.
        var kind = Given(input.Kind) ?? (category == Institution.Subject ? null : i.Kind);
        var after = new InstitutionInput(i.Uscc, Given(input.Name) ?? i.Name, category, kind, i.Profit, Given(input.Mode) ?? i.Mode,
            i.Licence, i.Status, i.RegionCode, Given(input.Address) ?? i.Address);
        foreach (var (field, message) in after.Check(null, scope).Where(e => e.Field is "name" or "address" or "category" or "kind" or "profit" or "mode"))
            errors.Add(field, message);

        var parts = new List<string>();
        void Compare(string label, string? before, string? now)
        {
            if (!string.Equals(before, now, StringComparison.Ordinal)) parts.Add($"{label}：{before ?? "无"} → {now ?? "无"}");
        }
        Compare("名称", i.Name, after.Name?.Trim());
        Compare("地址", i.Address, after.Address?.Trim());
        Compare("类别", i.Category, after.Category);
        Compare("细类", i.Kind, after.Kind);
        Compare("培训方式", i.Mode, after.Mode);
        if (parts.Count == 0) errors.Add("to", "变更须至少改动名称、地址、类别、细类或培训方式中的一项");
        if (errors.Any) return null;
        return category == i.Category
            ? new InstitutionChange(after, string.Join("；", parts), null, null)
            : new InstitutionChange(after, string.Join("；", parts), i.Category, category);
    }

    public void ApplyTo(Institution i) => _after.ApplyTo(i);

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Text.RegularExpressions;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Forms;

/// <summary>
/// The forms a caller fills or follows: built-in ones, those of the offices above it, and those of its
/// own subtree. An office defines forms for the units below it; a form is never edited, since returns
/// hold values by its fields — an office that needs other fields defines a new form and retires the old one.
/// </summary>
public sealed partial class FormService(AppDbContext db, ICurrentUser me, RegionDirectory regions, TimeProvider clock)
{
    public const int MaxFields = 50;

    public async Task<IReadOnlyList<FormDto>> ListAsync(bool includeRetired, CancellationToken ct)
    {
        var forms = await Visible().Where(f => includeRetired || f.Active).OrderBy(f => f.Key == null).ThenBy(f => f.CreatedAt).ToListAsync(ct);
        var today = clock.Today();
        return forms.Select(f => FormDto.Of(f, today)).ToList();
    }

    public async Task<FormDto> GetAsync(string id, CancellationToken ct) => FormDto.Of(await FindAsync(id, ct), clock.Today());

    /// <summary>A form the caller may see, or 404.</summary>
    public async Task<ReturnForm> FindAsync(string id, CancellationToken ct) =>
        await Visible().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw DomainException.NotFound("报表");

    public async Task<FormDto> CreateAsync(FormInput input, CancellationToken ct)
    {
        if (me.OrgKind != OrgKinds.Office) throw DomainException.Forbidden("只有督导部门可以制定报表");
        var errors = new ValidationErrors();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", "请填写报表名称");
        else errors.AddIf("name", Check.Length(name, 100, "报表名称"));
        errors.AddIf("periodKind", Check.OneOfCodes(input.PeriodKind, PeriodKinds.All, "填报周期"));
        if (input.DueDay is not (>= 1 and <= 31)) errors.Add("dueDay", "截止日应为1至31之间的整数");
        if (input.DueMonthOffset is not (null or 0 or 1)) errors.Add("dueMonthOffset", "截止月份应为 0（期末月）或 1（次月）");
        var fillers = (input.Fillers ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (fillers.Count == 0) errors.Add("fillers", "请至少选择一类填报单位");
        foreach (var f in fillers) errors.AddIf("fillers", Check.OneOfCodes(f, FillerKinds.All, "填报单位"));
        if (fillers.Contains(FillerKinds.Office) && (await regions.FindAsync(me.RegionCode, ct))?.Level == Core.RegionCodes.County)
            errors.Add("fillers", "区县没有下级督导部门，填报单位不能选“下级督导部门”");
        var fields = Fields(input.Fields, errors);
        errors.ThrowIfAny();

        var form = new ReturnForm
        {
            RegionCode = me.RegionCode, Name = name!, PeriodKind = input.PeriodKind!, DueDay = input.DueDay!.Value, DueMonthOffset = input.DueMonthOffset ?? 0,
            Fillers = string.Join(',', fillers), Fields = ReturnField.Write(fields), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = me.UserName,
        };
        db.Add(form);
        await db.SaveChangesAsync(ct);
        return FormDto.Of(form, clock.Today());
    }

    /// <summary>Retires a form of the caller's own office (its returns stay readable) or brings it back.</summary>
    public async Task<FormDto> SetActiveAsync(string id, bool active, CancellationToken ct)
    {
        var form = await Visible().FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw DomainException.NotFound("报表");
        if (form.IsBuiltIn || form.RegionCode != me.RegionCode || me.OrgKind != OrgKinds.Office)
            throw DomainException.Forbidden("只有制定报表的督导部门可以停用或启用它；内置报表不能停用");
        form.Active = active;
        await db.SaveChangesAsync(ct);
        return FormDto.Of(form, clock.Today());
    }

    private static List<ReturnField> Fields(IReadOnlyList<FieldInput>? input, ValidationErrors errors)
    {
        var fields = new List<ReturnField>();
        if (input is not { Count: > 0 })
        {
            errors.Add("fields", "请至少添加一个填报项");
            return fields;
        }
        if (input.Count > MaxFields) errors.Add("fields", $"填报项最多{MaxFields}个");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Count; i++)
        {
            var f = input[i];
            var at = $"fields[{i}]";
            var label = f.Label?.Trim();
            var row = $"第{i + 1}项";
            var key = f.Key?.Trim() ?? "";
            if (!FieldKey().IsMatch(key)) errors.Add($"{at}.key", $"{row}：代码应以英文字母开头，由字母和数字组成，最多32个字符，如 meetings");
            else if (!keys.Add(key)) errors.Add($"{at}.key", $"{row}：代码“{key}”重复");
            if (string.IsNullOrEmpty(label)) errors.Add($"{at}.label", $"{row}：请填写名称");
            else errors.AddIf($"{at}.label", Check.Length(label, 50, $"{row}名称"));
            errors.AddIf($"{at}.type", Check.OneOfCodes(f.Type, FieldTypes.All, $"{row}类型"));
            var numeric = f.Type is FieldTypes.WholeNumber or FieldTypes.DecimalNumber;
            if (!numeric && (f.Min is not null || f.Max is not null)) errors.Add($"{at}.min", $"{row}：只有数字项可以设最小值和最大值");
            if (f.Min is { } min && f.Max is { } max && min > max) errors.Add($"{at}.max", $"{row}：最大值不能小于最小值");
            var choices = (f.Choices ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (f.Type == FieldTypes.Choice && choices.Count < 2) errors.Add($"{at}.choices", $"{row}：选项项至少要有两个选项");
            foreach (var c in choices) errors.AddIf($"{at}.choices", Check.Length(c, 50, $"{row}的选项"));
            fields.Add(new ReturnField(key, label ?? "", f.Type ?? "", f.Required, numeric ? f.Min : null, numeric ? f.Max : null,
                f.Type == FieldTypes.Choice ? choices : null));
        }
        return fields;
    }

    // Not scope-filtered (a school reads its county's and the city's forms): built-in forms, forms of an
    // office above the caller or of the caller's own office, and forms of offices inside the caller's subtree.
    private IQueryable<ReturnForm> Visible()
    {
        var prefix = me.Scope.RegionPrefix;
        var above = Above(me.RegionCode);
        return db.Set<ReturnForm>().Where(f => f.RegionCode == "" || f.RegionCode.StartsWith(prefix) || above.Contains(f.RegionCode));
    }

    /// <summary>The province, city and county codes a region lies in (its own among them).</summary>
    internal static string[] Above(string regionCode) => regionCode.Length < 6 ? []
        : new[] { regionCode[..2] + "0000", regionCode[..4] + "00", regionCode[..6], regionCode }.Distinct(StringComparer.Ordinal).ToArray();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,31}$")]
    private static partial Regex FieldKey();
}

using System.Globalization;
using System.Text.Json;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Training.Filings;

/// <summary>
/// Filings (备案): an institution's own account submits them, the county's 校外培训监管科 approves or
/// sends them back with a reason, and each side is told. A sent-back filing is amended and submitted again.
/// </summary>
public sealed class FilingService(AppDbContext db, ICurrentUser me, SupervisionTargets targets, RuleService rules, NoticeService notices, TimeProvider clock)
{
    public const int MaxFeeItems = 20;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<FilingDto> SubmitAsync(string institutionId, FilingInput input, CancellationToken ct)
    {
        var institution = await OwnInstitutionAsync(institutionId, ct);
        var (title, content) = await CheckAsync(institution, input, ct);
        var filing = new Filing
        {
            RegionCode = institution.RegionCode, TargetId = institution.Id, Kind = input.Kind!, Title = title,
            Content = JsonSerializer.Serialize(content, Json),
        };
        Stamp(filing);
        db.Add(filing);
        await TellReviewersAsync(institution, filing, ct);
        await db.SaveChangesAsync(ct);
        return ToDto(filing, institution.Name);
    }

    /// <summary>Amends a sent-back filing and submits it again; the version guards against a second editor.</summary>
    public async Task<FilingDto> ResubmitAsync(string id, FilingInput input, CancellationToken ct)
    {
        var filing = await FindAsync(id, ct);
        var institution = await OwnInstitutionAsync(filing.TargetId, ct);
        if (filing.Status != FilingStatuses.Returned) throw DomainException.Conflict("只有已退回的备案可以修改后重新提交");
        if (input.Kind != filing.Kind) throw ValidationFailedException.For("kind", "重新提交时备案类型不能改变");
        var (title, content) = await CheckAsync(institution, input, ct);
        if (input.Version is { } version) db.ExpectVersion(filing, version);
        filing.Title = title;
        filing.Content = JsonSerializer.Serialize(content, Json);
        Stamp(filing);
        await TellReviewersAsync(institution, filing, ct);
        await db.SaveChangesAsync(ct);
        return ToDto(filing, institution.Name);
    }

    public async Task<FilingDto> ApproveAsync(string id, CancellationToken ct) => await ReviewAsync(id, FilingStatuses.Approved, null, ct);

    public async Task<FilingDto> ReturnAsync(string id, ReturnInput input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Reason)) throw ValidationFailedException.For("reason", "请填写退回理由，告诉机构需要修改什么");
        ValidationFailedException.ThrowIf("reason", Check.Length(input.Reason, 500, "退回理由"));
        return await ReviewAsync(id, FilingStatuses.Returned, input.Reason.Trim(), ct);
    }

    public async Task<FilingDto> GetAsync(string id, CancellationToken ct)
    {
        var filing = await FindAsync(id, ct);
        return ToDto(filing, await InstitutionNameAsync(filing.TargetId, ct));
    }

    /// <summary>Filings in the caller's scope: an institution its own, a county its institutions'; newest first.</summary>
    public async Task<IReadOnlyList<FilingDto>> ListAsync(string? institutionId, string? status, string? regionCode, CancellationToken ct)
    {
        if (status is not null) ValidationFailedException.ThrowIf("status", Check.OneOfCodes(status, FilingStatuses.All, "状态"));
        var query = db.Set<Filing>().AsNoTracking().InRegion(regionCode);
        if (!string.IsNullOrWhiteSpace(institutionId)) query = query.Where(f => f.TargetId == institutionId);
        if (status is not null) query = query.Where(f => f.Status == status);
        var filings = await query.OrderByDescending(f => f.SubmittedAt).Take(500).ToListAsync(ct);
        var ids = filings.Select(f => f.TargetId).Distinct().ToList();
        var names = await db.Set<Institution>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return filings.Select(f => ToDto(f, names.GetValueOrDefault(f.TargetId, ""))).ToList();
    }

    /// <summary>One institution's filings; 404 when the caller cannot see the institution.</summary>
    public async Task<IReadOnlyList<FilingDto>> ListOfAsync(string institutionId, string? status, CancellationToken ct)
    {
        if (await targets.FindAsync(TargetKinds.Institution, institutionId, ct) is null) throw DomainException.NotFound("机构");
        return await ListAsync(institutionId, status, null, ct);
    }

    private async Task<FilingDto> ReviewAsync(string id, string status, string? reason, CancellationToken ct)
    {
        await Supervisors.EnsureAsync(db, me, ct);
        var filing = await FindAsync(id, ct);
        if (filing.Status != FilingStatuses.Submitted)
            throw DomainException.Conflict($"该备案{FilingStatuses.Label(filing.Status)}，只能审核待审核的备案");
        filing.Status = status;
        filing.ReturnReason = reason;
        filing.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        filing.ReviewedBy = me.UserName;
        var name = await InstitutionNameAsync(filing.TargetId, ct);
        var verdict = status == FilingStatuses.Approved ? "已通过审核" : $"被退回：{reason}。请修改后重新提交";
        await notices.SendAsync(new NoticeRecipient(OrgKinds.Institution, filing.RegionCode, filing.TargetId),
            $"{FilingKinds.Label(filing.Kind)}{(status == FilingStatuses.Approved ? "已通过" : "被退回")}：{filing.Title}",
            $"贵机构提交的{FilingKinds.Label(filing.Kind)}“{filing.Title}”{verdict}。", FilingLinks.Detail(filing.Id), null, ct);
        await db.SaveChangesAsync(ct);
        return ToDto(filing, name);
    }

    private void Stamp(Filing filing)
    {
        filing.Status = FilingStatuses.Submitted;
        filing.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        filing.SubmittedBy = me.UserName;
        filing.ReviewedAt = null;
        filing.ReviewedBy = null;
        filing.ReturnReason = null;
    }

    private async Task TellReviewersAsync(Institution institution, Filing filing, CancellationToken ct)
    {
        var departments = await Supervisors.OfCountyAsync(db, institution.RegionCode, ct);
        var recipients = departments.Count > 0
            ? departments.Select(d => new NoticeRecipient(OrgKinds.Department, d.RegionCode, d.Id))
            : [new NoticeRecipient(OrgKinds.Office, institution.RegionCode, null)];
        foreach (var to in recipients)
        {
            await notices.SendAsync(to, $"待审核的{FilingKinds.Label(filing.Kind)}：{institution.Name}",
                $"{institution.Name}提交了{FilingKinds.Label(filing.Kind)}“{filing.Title}”，请审核。", FilingLinks.Detail(filing.Id), null, ct);
        }
    }

    /// <summary>The caller's own institution: only its account files for it; anyone else who cannot see it gets 404.</summary>
    private async Task<Institution> OwnInstitutionAsync(string institutionId, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Id == institutionId, ct) ?? throw DomainException.NotFound("机构");
        if (!me.IsUnit(OrgKinds.Institution, institution.Id)) throw DomainException.Forbidden("备案由机构本身的账号提交");
        return institution;
    }

    private async Task<Filing> FindAsync(string id, CancellationToken ct) =>
        await db.Set<Filing>().FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw DomainException.NotFound("备案");

    private Task<string> InstitutionNameAsync(string id, CancellationToken ct) =>
        db.Set<Institution>().IgnoreQueryFilters().Where(i => i.Id == id).Select(i => i.Name).FirstAsync(ct);

    private async Task<(string Title, FilingContent Content)> CheckAsync(Institution institution, FilingInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        ValidationFailedException.ThrowIf("kind", Check.OneOfCodes(input.Kind, FilingKinds.All, "备案类型"));
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add("title", input.Kind == FilingKinds.Fee ? "请填写课程名称" : "请填写名称");
        else errors.AddIf("title", Check.Length(input.Title, 100, "名称"));
        FilingContent content = input.Kind switch
        {
            FilingKinds.Fee => new(await CheckFeesAsync(institution, input.Fees, errors, ct), null, null, null),
            FilingKinds.Material => new(null, Required(input.Description, "description", "请说明材料的内容、适用年级和来源", 1000, "材料说明", errors), null, null),
            FilingKinds.Staff => new(null, null, CheckStaff(institution, input.Staff, foreign: false, errors), null),
            FilingKinds.ForeignStaff => new(null, null, CheckStaff(institution, input.Staff, foreign: true, errors), null),
            _ => new(null, null, null, CheckContract(input.UsesModelContract, errors)),
        };
        errors.ThrowIfAny();
        return (input.Title!.Trim(), content);
    }

    /// <summary>
    /// Each item priced and counted; for subject-type training no item above the region's government
    /// guidance price per lesson (000 §2: 执行指导价), when the region has set one.
    /// </summary>
    private async Task<IReadOnlyList<FeeItem>> CheckFeesAsync(Institution institution, IReadOnlyList<FeeItemInput>? fees, ValidationErrors errors, CancellationToken ct)
    {
        if (fees is not { Count: > 0 })
        {
            errors.Add("fees", "请至少填写一项收费项目");
            return [];
        }
        if (fees.Count > MaxFeeItems) errors.Add("fees", Check.TooLong("收费项目", MaxFeeItems, "项"));
        var guidance = institution.Category == Institution.Subject
            ? await rules.GetAsync(institution.Mode == "线上" ? TrainingRules.GuidancePriceOnline : TrainingRules.GuidancePriceOffline, institution.RegionCode, ct)
            : 0;
        var items = new List<FeeItem>();
        for (var i = 0; i < fees.Count; i++)
        {
            var (fee, row) = (fees[i], $"第{i + 1}项");
            var item = new ValidationErrors();
            if (string.IsNullOrWhiteSpace(fee.Item)) item.Add($"fees[{i}].item", $"{row}：请填写收费项目名称");
            else item.AddIf($"fees[{i}].item", Check.Length(fee.Item, 50, $"{row}项目名称"));
            if (fee.Price is not { } price || price <= 0 || price > 1_000_000 || decimal.Round(price, 2) != price)
                item.Add($"fees[{i}].price", $"{row}：价格应为 0.01–1000000 元（最多两位小数）");
            if (fee.Lessons is not (>= 1 and <= 1000)) item.Add($"fees[{i}].lessons", $"{row}：课时数应为 1–1000 的整数");
            if (item.Any)
            {
                foreach (var (field, messages) in item.ToDictionary()) foreach (var m in messages) errors.Add(field, m);
                continue;
            }
            var filed = new FeeItem(fee.Item!.Trim(), fee.Price!.Value, fee.Lessons!.Value);
            if (guidance > 0 && filed.PerLesson > guidance)
                errors.Add($"fees[{i}].price", $"{row}：每课时 {filed.PerLesson.ToString("0.##", CultureInfo.InvariantCulture)} 元，高于本地区政府指导价 {guidance} 元/课时");
            items.Add(filed);
        }
        return items;
    }

    private static StaffInput? CheckStaff(Institution institution, StaffInput? staff, bool foreign, ValidationErrors errors)
    {
        if (staff is null)
        {
            errors.Add("staff", "请填写人员信息");
            return null;
        }
        var name = Required(staff.Name, "staff.name", "请填写姓名", 50, "姓名", errors);
        var subject = Required(staff.Subject, "staff.subject", "请填写任教科目或项目", 30, "任教科目", errors);
        // 003 C29: subject teaching needs a teacher's qualification.
        var qualification = institution.Category == Institution.Subject
            ? Required(staff.Qualification, "staff.qualification", "学科类培训人员应具有教师资格，请填写教师资格证编号", 30, "教师资格证编号", errors)
            : Optional(staff.Qualification, "staff.qualification", 30, "教师资格证编号", errors);
        if (!foreign) return new StaffInput(name, subject, qualification);
        var nationality = Required(staff.Nationality, "staff.nationality", "请填写国籍", 30, "国籍", errors);
        var permit = Required(staff.WorkPermit, "staff.workPermit", "请填写外国人工作许可证编号", 30, "工作许可证编号", errors);
        if (staff.InChina != true) errors.Add("staff.inChina", "严禁聘请在境外的外籍人员开展培训活动（003 C41），只能备案在境内的外籍人员");
        return new StaffInput(name, subject, qualification, nationality, permit, true);
    }

    private static bool? CheckContract(bool? usesModelContract, ValidationErrors errors)
    {
        if (usesModelContract != true) errors.Add("usesModelContract", "应全面使用《中小学生校外培训服务合同（示范文本）》（003 C32）");
        return usesModelContract;
    }

    private static string? Required(string? value, string field, string missing, int max, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, missing);
            return null;
        }
        return Optional(value, field, max, label, errors);
    }

    private static string? Optional(string? value, string field, int max, string label, ValidationErrors errors)
    {
        errors.AddIf(field, Check.Length(value, max, label));
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static FilingDto ToDto(Filing f, string institutionName) => new(f.Id, f.TargetId, institutionName, f.RegionCode, f.Kind,
        FilingKinds.Label(f.Kind), f.Title, f.Status, FilingStatuses.Label(f.Status), ReadContent(f.Content), f.SubmittedAt, f.ReviewedAt,
        f.ReviewedBy, f.ReturnReason, f.Version);

    internal static FilingContent ReadContent(string json) =>
        JsonSerializer.Deserialize<FilingContent>(json, Json) ?? new FilingContent(null, null, null, null);
}

internal static class FilingLinks
{
    public static string Detail(string id) => $"/staff/filings/{id}";
}

using Dudao.Core;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Protection;

namespace Dudao.Modules.Complaints.Intake;

public sealed record ReporterInput(string? Name, string? Phone);

/// <summary>
/// A report as the public form and <c>POST /api/public/complaints</c> send it; staff intake adds the
/// channel. <c>anonymous</c> defaults to "no reporter given"; an anonymous report stores no identity
/// even when one was sent.
/// </summary>
public sealed record ComplaintInput(string? TargetKind, string? TargetName, string? RegionCode, string? Category, string? Content,
    bool? Anonymous, ReporterInput? Reporter, string? Channel = null)
{
    public bool IsAnonymous => Anonymous ?? Reporter is null;

    /// <summary>The identity to seal, or null for an anonymous report.</summary>
    public ReporterIdentity? Identity => IsAnonymous ? null : new ReporterIdentity(Reporter!.Name!.Trim(), Reporter.Phone!.Trim());

    /// <summary>Every rule that needs no query; <paramref name="countyError"/> says whether the region is an existing county.</summary>
    public IEnumerable<(string Field, string Message)> Check(string? countyError)
    {
        if (!ComplaintTargetKinds.All.Contains(TargetKind))
            yield return ("targetKind", "请选择被举报对象类型：学校、校外培训机构、教师或其他");
        if (string.IsNullOrWhiteSpace(TargetName)) yield return ("targetName", "请填写被举报对象名称");
        else if (Core.Errors.Check.Length(TargetName, ComplaintLimits.TargetNameMax, "被举报对象名称", "个字") is { } nameError) yield return ("targetName", nameError);
        if (countyError is not null) yield return ("regionCode", countyError);
        if (!ComplaintCategories.All.Contains(Category))
            yield return ("category", $"请选择举报类别：{string.Join("、", ComplaintCategories.All)}");
        var length = Content?.Trim().Length ?? 0;
        if (length < ComplaintLimits.ContentMin) yield return ("content", $"举报内容不能少于{ComplaintLimits.ContentMin}个字，请写明时间、地点和具体情况");
        else if (length > ComplaintLimits.ContentMax) yield return ("content", $"{Core.Errors.Check.TooLong("举报内容", ComplaintLimits.ContentMax, "个字")}（现有{length}字）");
        if (!IsAnonymous)
        {
            var name = Reporter?.Name?.Trim() ?? "";
            if (name.Length == 0) yield return ("reporter.name", "实名举报请填写姓名");
            else if (name.Length > ComplaintLimits.ReporterNameMax) yield return ("reporter.name", Core.Errors.Check.TooLong("姓名", ComplaintLimits.ReporterNameMax, "个字"));
            if (string.IsNullOrWhiteSpace(Reporter?.Phone)) yield return ("reporter.phone", "实名举报请填写联系电话");
            else if (PhoneNumber.Validate(Reporter.Phone.Trim()) is { } phoneError) yield return ("reporter.phone", phoneError);
        }
    }
}

using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Training.Domain;

/// <summary>
/// A filing (备案) an institution submits for the county's 校外培训监管科 to review: a course's fee
/// standard, training materials, a member of staff, a foreign member of staff, or its use of the model
/// contract. What was filed is kept as JSON (<see cref="Content"/>), the shape of its kind's input.
/// </summary>
public sealed class Filing : ITargetScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    /// <summary>The institution.</summary>
    public string TargetId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Title { get; set; } = "";
    public string Content { get; set; } = "{}";
    public string Status { get; set; } = FilingStatuses.Submitted;
    public DateTime SubmittedAt { get; set; }
    public string SubmittedBy { get; set; } = "";
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    /// <summary>Why the reviewer sent it back.</summary>
    public string? ReturnReason { get; set; }
    public int Version { get; set; }
}

public static class FilingKinds
{
    public const string Fee = "fee";
    public const string Material = "material";
    public const string Staff = "staff";
    public const string ForeignStaff = "foreign-staff";
    public const string Contract = "contract";
    public static readonly string[] All = [Fee, Material, Staff, ForeignStaff, Contract];

    public static string Label(string kind) => kind switch
    {
        Fee => "收费标准备案",
        Material => "培训材料备案",
        Staff => "培训人员备案",
        ForeignStaff => "外籍人员备案",
        Contract => "示范合同使用备案",
        _ => kind,
    };
}

public static class FilingStatuses
{
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Returned = "returned";
    public static readonly string[] All = [Submitted, Approved, Returned];

    public static string Label(string status) => status switch
    {
        Submitted => "待审核",
        Approved => "已通过",
        Returned => "已退回",
        _ => status,
    };
}

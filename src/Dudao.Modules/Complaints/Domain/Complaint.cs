using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Complaints.Domain;

/// <summary>
/// A report (举报/投诉) from the public platform or another channel. The reporter's identity is
/// not here: it lives encrypted in <see cref="ComplaintReporter"/>, read only through an audited reveal.
/// </summary>
public sealed class Complaint : IRegionScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>SHA-256 of the receipt code: the code itself is shown once and never stored.</summary>
    public string ReceiptHash { get; init; } = "";
    /// <summary>The county that handles it; a 转办 to another county's office changes it (see <see cref="ComplaintTransfer"/>).</summary>
    public string RegionCode { get; set; } = "";
    public string Channel { get; init; } = ComplaintChannels.Web;

    /// <summary>school | institution | teacher | other, as the reporter said.</summary>
    public string TargetKind { get; init; } = "";
    public string TargetName { get; init; } = "";

    /// <summary>The registry record the target was matched to (school or institution), if any.</summary>
    public string? MatchedKind { get; set; }
    public string? MatchedId { get; set; }
    public string? MatchedName { get; set; }

    /// <summary>Groups complaints about one target: the matched id, else a hash of the normalised name.</summary>
    public string TargetKey { get; set; } = "";
    public string Category { get; init; } = "";
    public string Content { get; init; } = "";
    public bool Anonymous { get; init; }

    /// <summary>The department the routing table sent it to.</summary>
    public string Department { get; set; } = "";

    /// <summary>An earlier complaint about the same target with similar text.</summary>
    public string? DuplicateOfId { get; set; }

    public string Status { get; set; } = ComplaintStatuses.Received;
    public DateTime SubmittedAt { get; init; }
    /// <summary>Counted from receipt by the office that handles it, so a 转办 to another county starts it again.</summary>
    public DateOnly AcceptDeadline { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public string? AcceptedBy { get; set; }
    public DateOnly? HandleDeadline { get; set; }
    public int ExtendedDays { get; set; }
    public string? ExtensionReason { get; set; }
    public string? Reply { get; set; }
    public DateTime? RepliedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }

    /// <summary>不予受理: why, as the reporter reads it with the receipt code.</summary>
    public string? RejectionReason { get; set; }
    public DateTime? RejectedAt { get; set; }
    public string? RejectedBy { get; set; }
    public int Version { get; set; }

    /// <summary>The deadline that runs now: acceptance while received, handling once accepted, none when closed.</summary>
    public DateOnly? CurrentDeadline => Status switch
    {
        ComplaintStatuses.Received => AcceptDeadline,
        ComplaintStatuses.Accepted => HandleDeadline,
        _ => null,
    };
}

public static class ComplaintStatuses
{
    public const string Received = "received";
    public const string Accepted = "accepted";
    public const string Closed = "closed";

    /// <summary>不予受理: refused at intake with a reason (e.g. outside the education office's remit); final.</summary>
    public const string Rejected = "rejected";
    public static readonly string[] All = [Received, Accepted, Closed, Rejected];

    /// <summary>Closed or not accepted: nothing more is done with it.</summary>
    public static bool IsFinal(string status) => status is Closed or Rejected;

    public static string Label(string status) => status switch
    {
        Received => "待受理",
        Accepted => "办理中",
        Closed => "已办结",
        Rejected => "不予受理",
        _ => status,
    };
}

public static class ComplaintChannels
{
    public const string Web = "web";
    public const string Hotline = "hotline";
    public const string Email = "email";
    public const string WeChat = "wechat";
    public const string Petition = "petition";
    public static readonly string[] All = [Web, Hotline, Email, WeChat, Petition];

    /// <summary>The channels staff record by hand; web reports come in through the public form.</summary>
    public static readonly string[] StaffIntake = [Hotline, Email, WeChat, Petition];

    public static string Label(string channel) => channel switch
    {
        Web => "网上举报",
        Hotline => "举报电话",
        Email => "电子邮件",
        WeChat => "微信",
        Petition => "信访（来信来访）",
        _ => channel,
    };
}

public static class ComplaintTargetKinds
{
    public const string School = "school";
    public const string Institution = "institution";
    public const string Teacher = "teacher";
    public const string Other = "other";
    public static readonly string[] All = [School, Institution, Teacher, Other];

    public static string Label(string kind) => kind switch
    {
        School => "学校",
        Institution => "校外培训机构",
        Teacher => "教师",
        Other => "其他",
        _ => kind,
    };
}

public static class ComplaintCategories
{
    public static readonly string[] All =
        ["违规学科类培训", "隐形变异培训", "违规收费", "预收费退费", "有偿补课", "作业负担", "课后服务", "考试排名", "培训广告", "教辅征订", "其他"];
}

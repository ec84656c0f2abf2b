using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Organization.Domain;

/// <summary>An off-campus training institution, identified by its 统一社会信用代码.</summary>
public sealed class Institution : IScopeTarget, ITeamVisible, IVersioned, IAudited
{
    public const string Subject = "学科类";
    public const string NonSubject = "非学科类";
    public const string NonProfit = "非营利性";
    public const string Normal = "正常";
    public static readonly string[] Categories = [Subject, NonSubject];
    public static readonly string[] Kinds = ["体育", "文化艺术", "科技", "其他"];
    public static readonly string[] Profits = ["营利性", NonProfit];
    public static readonly string[] Modes = ["线下", "线上"];
    public static readonly string[] Licences = ["证照齐全", "无证有照", "无证无照"];
    public static readonly string[] Statuses = ["审批中", "正常", "停办", "注销", "取缔"];

    public string Id { get; init; } = Core.Ids.New();
    public string Uscc { get; set; } = "";
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public string? Kind { get; set; }
    public string Profit { get; set; } = "";
    public string Mode { get; set; } = "";
    public string Licence { get; set; } = "";
    public string Status { get; set; } = Normal;
    public string RegionCode { get; set; } = "";
    public string? Address { get; set; }
    public int Version { get; set; }
}

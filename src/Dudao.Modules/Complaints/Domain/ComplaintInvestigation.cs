using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Complaints.Domain;

/// <summary>What was done to check a complaint (a visit, a call, documents) and what was found.</summary>
public sealed class ComplaintInvestigation : IRegionScoped, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string ComplaintId { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public DateOnly Date { get; init; }
    public string Method { get; init; } = "";

    /// <summary>substantiated | partly | unsubstantiated</summary>
    public string Verdict { get; init; } = "";
    public string Findings { get; init; } = "";

    /// <summary>Comma-separated ids of the problems it opened on the rectification ledger.</summary>
    public string ProblemIds { get; set; } = "";
    public DateTime RecordedAt { get; init; }
    public string RecordedBy { get; init; } = "";
}

public static class InvestigationMethods
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["visit"] = "实地核查",
        ["unannounced"] = "“四不两直”暗访",
        ["call"] = "电话核实",
        ["documents"] = "调阅资料",
        ["interview"] = "约谈询问",
    };
}

public static class InvestigationVerdicts
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["substantiated"] = "属实",
        ["partly"] = "部分属实",
        ["unsubstantiated"] = "不属实",
    };
}

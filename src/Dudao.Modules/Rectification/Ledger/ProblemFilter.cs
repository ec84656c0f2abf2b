using Dudao.Core.Scope;
using Dudao.Modules.Rectification.Domain;

namespace Dudao.Modules.Rectification.Ledger;

/// <summary>The ledger's filters, shared by the list, the export and the page (all optional).</summary>
public sealed record ProblemFilter(string? RegionCode = null, string? Status = null, bool? Overdue = null, string? Source = null,
    string? Category = null, string? TargetKind = null, string? TargetId = null, string? Q = null)
{
    /// <summary>"open" in the sense of the open ledger: everything not yet struck off.</summary>
    public const string NotClosed = "not-closed";

    public IQueryable<Problem> Apply(IQueryable<Problem> query, DateOnly today)
    {
        query = query.InRegion(RegionCode);
        if (Status == NotClosed) query = query.Where(p => p.Status != ProblemStatuses.Closed);
        else if (!string.IsNullOrWhiteSpace(Status)) query = query.Where(p => p.Status == Status);
        if (Overdue == true) query = query.Where(p => p.Status != ProblemStatuses.Closed && p.Deadline < today);
        if (Overdue == false) query = query.Where(p => p.Status == ProblemStatuses.Closed || p.Deadline >= today);
        if (!string.IsNullOrWhiteSpace(Source)) query = query.Where(p => p.Source == Source);
        if (!string.IsNullOrWhiteSpace(Category)) query = query.Where(p => p.Category == Category);
        if (!string.IsNullOrWhiteSpace(TargetKind)) query = query.Where(p => p.TargetKind == TargetKind);
        if (!string.IsNullOrWhiteSpace(TargetId)) query = query.Where(p => p.TargetId == TargetId);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(p => p.TargetName.Contains(q) || p.Description.Contains(q));
        }
        return query;
    }
}

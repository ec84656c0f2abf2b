using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Lifecycle;

/// <summary>Who hears about a problem: its responsible unit (the county office when that unit has no accounts), its inspector and its verifier.</summary>
public sealed class ProblemRecipients(AppDbContext db)
{
    public static NoticeRecipient Responsible(Problem p) => p.ResponsibleId is null
        ? new NoticeRecipient(OrgKinds.Office, p.RegionCode, null)
        : new NoticeRecipient(p.ResponsibleKind, p.RegionCode, p.ResponsibleId);

    public async Task<NoticeRecipient?> InspectorAsync(Problem p, CancellationToken ct)
    {
        if (p.InspectorId is null) return null;
        // The inspector's own county, which an account of a neighbouring county's office may not see.
        var region = await db.Set<Inspector>().IgnoreQueryFilters().Where(i => i.Id == p.InspectorId).Select(i => i.RegionCode).FirstOrDefaultAsync(ct);
        return region is null ? null : new NoticeRecipient(OrgKinds.Inspector, region, p.InspectorId);
    }

    /// <summary>Who verifies the fix: the problem's inspector, else the county office, which holds the verify permission.</summary>
    public async Task<NoticeRecipient> VerifierAsync(Problem p, CancellationToken ct) =>
        await InspectorAsync(p, ct) ?? new NoticeRecipient(OrgKinds.Office, p.RegionCode, null);

    public static string Link(Problem p) => Link(p.Id);

    public static string Link(string problemId) => $"/staff/problems/{problemId}";
}

using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Triage;

/// <summary>
/// Tells who must act when a complaint's acceptance clock starts: the county's office, which runs the
/// queue, and the department the complaint is routed to. Only staff units are told; the text names the
/// category and target, never the reporter or the report itself.
/// </summary>
public sealed class RoutingNotices(AppDbContext db, NoticeService notices)
{
    /// <summary>A new complaint; keyed by the complaint, so a failure to store it never refuses the report (ADR-060).</summary>
    public async Task ReceivedAsync(Complaint c, CancellationToken ct)
    {
        var title = $"新举报待受理：{Target(c)}";
        var body = $"{ComplaintChannels.Label(c.Channel)}收到一件“{c.Category}”类举报，分送{c.Department}承办，请于 {c.AcceptDeadline:yyyy-MM-dd} 前受理。";
        await notices.SendAsync(Office(c), title, body, Link(c), $"complaint-received:{c.Id}:office", ct);
        if (await DepartmentAsync(c, ct) is { } department)
            await notices.SendAsync(department, title, body, Link(c), $"complaint-received:{c.Id}:department", ct);
    }

    /// <summary>A complaint given to another handler (改派): the new department, or the office when it takes it itself.</summary>
    public async Task RoutedAsync(Complaint c, CancellationToken ct)
    {
        var deadline = c.CurrentDeadline is { } d ? $"，{(c.Status == ComplaintStatuses.Received ? "受理" : "办理")}期限 {d:yyyy-MM-dd}" : "";
        await notices.SendAsync(await HandlerAsync(c, ct), $"举报改由{c.Department}承办：{Target(c)}",
            $"一件“{c.Category}”类举报已改派{c.Department}承办{deadline}。", Link(c), null, ct);
    }

    public static NoticeRecipient Office(Complaint c) => new(OrgKinds.Office, c.RegionCode, null);

    /// <summary>Who handles the complaint now: its department, or the office when routed to it or to a name no department has.</summary>
    public async Task<NoticeRecipient> HandlerAsync(Complaint c, CancellationToken ct) => await DepartmentAsync(c, ct) ?? Office(c);

    /// <summary>The county's department of that name; null for the office itself or a name no department has (any more).</summary>
    private async Task<NoticeRecipient?> DepartmentAsync(Complaint c, CancellationToken ct)
    {
        if (c.Department == RoutingTable.Office) return null;
        // Past the scope filter: a report from the public has no caller scope.
        var id = await db.Set<Department>().IgnoreQueryFilters()
            .Where(d => d.RegionCode == c.RegionCode && d.Name == c.Department).Select(d => d.Id).FirstOrDefaultAsync(ct);
        return id is null ? null : new NoticeRecipient(OrgKinds.Department, c.RegionCode, id);
    }

    private static string Target(Complaint c) => c.MatchedName ?? c.TargetName;

    public static string Link(Complaint c) => $"/staff/complaints/{c.Id}";
}

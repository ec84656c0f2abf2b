using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Intake;
using Dudao.Modules.Complaints.Triage;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Handling;

/// <summary>
/// Moves a received complaint to another county's office as if it had arrived there: its region (and its sealed
/// reporter's and evidence files', so they follow it into the new scope), the receiving county's routing, a new
/// acceptance deadline from today, and a fresh match against that county's registry. Changes only tracked
/// entities and queues the office's notice; the caller saves.
/// </summary>
public sealed class CountyHandover(AppDbContext db, RegionDirectory regions, TargetMatcher matcher, RoutingTable routes, RuleService rules,
    NoticeService notices, TimeProvider clock)
{
    public async Task MoveAsync(Complaint complaint, string toRegion, CancellationToken ct)
    {
        if (await regions.CheckCountyAsync(toRegion, ct) is { } error) throw ValidationFailedException.For("regionCode", error);
        var fromName = await regions.NameAsync(complaint.RegionCode, ct);
        var reporter = await db.Set<ComplaintReporter>().FirstOrDefaultAsync(r => r.ComplaintId == complaint.Id, ct);
        var evidence = await db.Set<StoredFile>().Where(f => f.OwnerKind == EvidenceFiles.OwnerKind && f.OwnerId == complaint.Id).ToListAsync(ct);

        var match = await matcher.MatchAsync(toRegion, complaint.TargetKind, complaint.TargetName, ct);
        complaint.RegionCode = toRegion;
        complaint.MatchedKind = match?.Kind;
        complaint.MatchedId = match?.Id;
        complaint.MatchedName = match?.Name;
        complaint.TargetKey = match?.Id ?? Bigrams.NameKey(complaint.TargetName);
        // The earlier copy it resembled belongs to the county it leaves.
        complaint.DuplicateOfId = null;
        complaint.Department = await routes.DepartmentForAsync(complaint.Category, toRegion, ct);
        complaint.AcceptDeadline = clock.Today().AddDays(await rules.GetAsync(ComplaintsRules.AcceptDays, toRegion, ct));
        if (reporter is not null) reporter.RegionCode = toRegion;
        foreach (var file in evidence) file.RegionCode = toRegion;

        await notices.SendAsync(new NoticeRecipient(OrgKinds.Office, toRegion, null), $"转办举报：{complaint.TargetName}",
            $"{fromName}教育督导部门转来一件举报（{complaint.Category}），已分送“{complaint.Department}”，请于{complaint.AcceptDeadline:yyyy年M月d日}前决定是否受理。",
            $"/staff/complaints/{complaint.Id}", null, ct);
    }
}

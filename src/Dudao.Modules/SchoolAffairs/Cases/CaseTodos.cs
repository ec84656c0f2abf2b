using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.Cases;

/// <summary>A school owes this quarter's case until it submits one; the county office reviews what was submitted.</summary>
internal sealed class CaseTodos(AppDbContext db, ICurrentUser me, TimeProvider clock) : ITodoSource
{
    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct)
    {
        if (me.UserId is null) return [];
        if (me.OrgKind == OrgKinds.School && me.Has(SchoolAffairsPermissions.SubmitCase))
        {
            var quarter = Quarter.Containing(clock.Today());
            var submitted = await db.Set<ExcellentCase>().AnyAsync(c => c.TargetId == me.OrgRefId && c.Quarter == quarter.Code, ct);
            return submitted ? [] : [new TodoItem("case-submit", $"报送{quarter.Label}“双减”优秀案例", CaseLinks.New, quarter.End)];
        }
        if (me.OrgKind != OrgKinds.Office || !me.Has(SchoolAffairsPermissions.Review)) return [];
        var region = me.RegionCode;
        var waiting = await db.Set<ExcellentCase>().AsNoTracking().Where(c => c.RegionCode == region && c.Status == CaseStatuses.Submitted)
            .OrderBy(c => c.SubmittedAt).Take(200).Select(c => new { c.Id, c.Title, c.SubmitterName }).ToListAsync(ct);
        return waiting.Select(c => new TodoItem("case-review", $"审核优秀案例：{c.SubmitterName}　{c.Title}", CaseLinks.Detail(c.Id), null)).ToList();
    }

    public async Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct)
    {
        if (me.UserId is null) return 0;
        var user = me.UserName;
        return await db.Set<ExcellentCase>().CountAsync(c => c.ReviewedBy == user && c.ReviewedAt >= sinceUtc, ct);
    }
}

/// <summary>A case's attachments are read by whoever may read the case (its school, the offices above, inspectors of the region).</summary>
internal sealed class CaseFileAccess(AppDbContext db) : IFileOwnerAccess
{
    public string OwnerKind => CaseService.FileOwner;

    public async Task<bool> MayReadAsync(string ownerId, CancellationToken ct) =>
        db.User.Has(SchoolAffairsPermissions.View) && await db.Set<ExcellentCase>().AnyAsync(c => c.Id == ownerId, ct);
}

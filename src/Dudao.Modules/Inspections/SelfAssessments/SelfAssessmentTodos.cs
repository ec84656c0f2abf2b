using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Platform.Todos;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.SelfAssessments;

/// <summary>A school's or institution's self-assessments (自查) still to submit, due by their round's deadline.</summary>
internal sealed class SelfAssessmentTodos(AppDbContext db, ICurrentUser me) : ITodoSource
{
    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct)
    {
        if (me.Scope.TargetId is null || !me.Has(InspectionsPermissions.SelfAssess)) return [];
        return await (from s in db.Set<SelfAssessment>().AsNoTracking()
                      where s.TargetId == me.OrgRefId && s.TargetKind == me.OrgKind && s.Status == SelfAssessment.Pending
                      join r in db.Set<SelfAssessmentRound>().IgnoreQueryFilters() on s.RoundId equals r.Id
                      orderby r.Deadline
                      select new TodoItem("self-assessment", "完成自查：" + r.Name, "/staff/self-assessments/" + s.Id, r.Deadline)).ToListAsync(ct);
    }

    public async Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct)
    {
        if (me.Scope.TargetId is null) return 0;
        var user = me.UserName;
        return await db.Set<SelfAssessment>().CountAsync(s => s.SubmittedBy == user && s.SubmittedAt >= sinceUtc, ct);
    }
}

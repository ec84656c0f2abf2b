using System.Globalization;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.Tasks.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Tasks.Reminders;

/// <summary>For a responsible department: each open task of its office without its progress report for this month, due on the report day.</summary>
internal sealed class TaskTodos(AppDbContext db, ICurrentUser me, RuleService rules, TimeProvider clock) : ITodoSource
{
    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct)
    {
        if (!me.IsDepartment() || !me.Has(TasksPermissions.Report)) return [];
        var department = me.OrgRefId!;
        var today = clock.Today();
        var month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var tasks = await db.Set<KeyTask>().AsNoTracking()
            .Where(t => t.CompletedOn == null && db.Set<KeyTaskUnit>().Any(u => u.KeyTaskId == t.Id && u.DepartmentId == department)
                && !db.Set<KeyTaskReport>().Any(r => r.KeyTaskId == t.Id && r.Month == month && r.DepartmentId == department))
            .OrderBy(t => t.Number).ToListAsync(ct);
        if (tasks.Count == 0) return [];
        var day = await rules.GetAsync(TasksRules.ReportDay, me.RegionCode, ct);
        var due = new DateOnly(today.Year, today.Month, Math.Min(day, DateTime.DaysInMonth(today.Year, today.Month)));
        return tasks.Select(t => new TodoItem("task-report", $"报送重点任务进展：第{t.Number}项", $"/staff/tasks/{t.Id}", due)).ToList();
    }

    public Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct)
    {
        var user = me.UserName;
        return db.Set<KeyTaskReport>().CountAsync(r => r.ReportedBy == user && r.ReportedAt >= sinceUtc, ct);
    }
}

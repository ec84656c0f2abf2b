using System.Globalization;
using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Tasks.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Tasks.Board;

/// <summary>
/// The key-task board: a region's own tasks and those handed down by the offices above it (seed 000 §5),
/// their responsible units, milestones and monthly progress. Tasks of the offices above lie outside the
/// caller's subtree, so they are read past the filter, but only for a region the caller may read and only
/// along its line of ancestors: a district never reads another district's tasks or reports.
/// </summary>
public sealed class TaskService(AppDbContext db, ICurrentUser me, TimeProvider clock)
{
    public const int MaxMilestones = 12;

    public async Task<IReadOnlyList<TaskDto>> ListAsync(string? regionCode, CancellationToken ct)
    {
        var region = me.ReadableRegion(regionCode);
        var line = RegionCodes.Ancestry(region);
        var tasks = await db.Set<KeyTask>().IgnoreQueryFilters().AsNoTracking().Where(t => line.Contains(t.RegionCode))
            .OrderBy(t => t.RegionCode.Length).ThenBy(t => t.RegionCode).ThenBy(t => t.Number).ToListAsync(ct);
        return await ToDtosAsync(tasks, region, ct);
    }

    public async Task<TaskDto> GetAsync(string id, CancellationToken ct)
    {
        var task = await FindAsync(id, ct);
        return (await ToDtosAsync([task], me.RegionCode, ct))[0];
    }

    public async Task<TaskDto> CreateAsync(TaskInput input, CancellationToken ct)
    {
        if (me.OrgKind != OrgKinds.Office) throw DomainException.Forbidden("只有督导部门可以制定重点任务清单");
        var errors = new ValidationErrors();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title)) errors.Add("title", "请填写工作任务");
        else errors.AddIf("title", Check.Length(title, 500, "工作任务"));
        var ids = (input.DepartmentIds ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        var region = me.RegionCode;
        var departments = await db.Set<Department>().Where(d => d.RegionCode == region && ids.Contains(d.Id)).ToListAsync(ct);
        if (ids.Count == 0) errors.Add("departmentIds", "请至少选择一个责任单位");
        else if (departments.Count != ids.Count) errors.Add("departmentIds", Check.MissingOrOutOfScope("所选责任单位"));
        var deadline = Month(input.Deadline, "deadline", "完成时限", errors);
        var milestones = input.Milestones?.Where(m => !string.IsNullOrWhiteSpace(m.Title) || !string.IsNullOrWhiteSpace(m.Month)).ToList() ?? [];
        if (milestones.Count > MaxMilestones) errors.Add("milestones", $"节点最多{MaxMilestones}个");
        for (var i = 0; i < milestones.Count && i < MaxMilestones; i++)
        {
            if (string.IsNullOrWhiteSpace(milestones[i].Title)) errors.Add($"milestones[{i}].title", "请填写节点内容");
            else errors.AddIf($"milestones[{i}].title", Check.Length(milestones[i].Title, 200, "节点内容"));
            Month(milestones[i].Month, $"milestones[{i}].month", "节点月份", errors);
        }
        errors.ThrowIfAny();

        var number = (await db.Set<KeyTask>().Where(t => t.RegionCode == region).MaxAsync(t => (int?)t.Number, ct) ?? 0) + 1;
        var task = new KeyTask { RegionCode = region, Number = number, Title = title!, Deadline = deadline!, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = me.UserName };
        db.Add(task);
        db.AddRange(ids.Select((id, i) => new KeyTaskUnit
        {
            KeyTaskId = task.Id, RegionCode = region, Position = i, DepartmentId = id, DepartmentName = departments.First(d => d.Id == id).Name,
        }));
        db.AddRange(milestones.Select((m, i) => new KeyTaskMilestone { KeyTaskId = task.Id, RegionCode = region, Position = i, Title = m.Title!.Trim(), Month = m.Month!.Trim() }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            throw DomainException.Conflict("序号已被同时添加的任务占用，请重新提交");
        }
        return await GetAsync(task.Id, ct);
    }

    /// <summary>
    /// A progress report for a month. The task's own office and its responsible departments report; on a task handed
    /// down, the offices below and their departments of the same name report their own progress. Only the task's own
    /// office or a responsible department marks it done.
    /// </summary>
    public async Task<TaskDto> ReportAsync(string id, ProgressInput input, CancellationToken ct)
    {
        var task = await FindAsync(id, ct);
        var tracked = await db.Set<KeyTask>().IgnoreQueryFilters().FirstAsync(t => t.Id == task.Id, ct);
        var units = await db.Set<KeyTaskUnit>().IgnoreQueryFilters().Where(u => u.KeyTaskId == id).ToListAsync(ct);
        var own = tracked.RegionCode == me.RegionCode;
        string? departmentId = null;
        string unitName;
        if (me.IsDepartment())
        {
            var department = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == me.OrgRefId, ct);
            var responsible = department is not null && units.Any(u => own ? u.DepartmentId == department.Id : u.DepartmentName == department.Name);
            if (!responsible) throw DomainException.Forbidden("只有责任单位可以报送这项任务的进展");
            departmentId = department!.Id;
            unitName = department.Name;
        }
        else if (me.OrgKind == OrgKinds.Office)
        {
            unitName = me.DisplayName.Length > 64 ? me.DisplayName[..64] : me.DisplayName;
        }
        else
        {
            throw DomainException.Forbidden("只有督导部门和责任单位可以报送重点任务进展");
        }

        var errors = new ValidationErrors();
        var today = clock.Today();
        var thisMonth = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var month = string.IsNullOrWhiteSpace(input.Month) ? thisMonth : Month(input.Month, "month", "报送月份", errors);
        if (month is not null && string.CompareOrdinal(month, thisMonth) > 0) errors.Add("month", "报送月份不能晚于本月");
        var text = input.Text?.Trim();
        if (string.IsNullOrEmpty(text)) errors.Add("text", "请填写进展情况");
        else errors.AddIf("text", Check.Length(text, 2000, "进展情况"));
        if (input.Percent is not (>= 0 and <= 100)) errors.Add("percent", "完成进度应为0至100之间的整数");
        if (input.Done && !own) errors.Add("done", "上级下达的任务由下达单位确认完成");
        errors.ThrowIfAny();

        db.Add(new KeyTaskReport
        {
            KeyTaskId = id, RegionCode = me.RegionCode, Month = month!, DepartmentId = departmentId, UnitName = unitName, Text = text!,
            Percent = input.Done ? 100 : input.Percent!.Value, ReportedAt = clock.GetUtcNow().UtcDateTime, ReportedBy = me.UserName,
        });
        if (input.Done && tracked.CompletedOn is null) tracked.CompletedOn = today;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>The departments of the caller's office, to choose responsible units from.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> DepartmentsAsync(CancellationToken ct)
    {
        var region = me.RegionCode;
        var rows = await db.Set<Department>().Where(d => d.RegionCode == region).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var order = Department.Standard.ToList();
        return rows.OrderBy(d => order.IndexOf(d.Name) is var i and >= 0 ? i : int.MaxValue).Select(d => (d.Id, d.Name)).ToList();
    }

    /// <summary>A task of the caller's subtree or handed down to it; 404 otherwise.</summary>
    private async Task<KeyTask> FindAsync(string id, CancellationToken ct)
    {
        var line = RegionCodes.Ancestry(me.RegionCode);
        var prefix = me.Scope.RegionPrefix;
        return await db.Set<KeyTask>().IgnoreQueryFilters().AsNoTracking()
                   .FirstOrDefaultAsync(t => t.Id == id && (line.Contains(t.RegionCode) || t.RegionCode.StartsWith(prefix)), ct)
               ?? throw DomainException.NotFound("重点任务");
    }

    private async Task<List<TaskDto>> ToDtosAsync(List<KeyTask> tasks, string region, CancellationToken ct)
    {
        var ids = tasks.Select(t => t.Id).ToList();
        var line = RegionCodes.Ancestry(region);
        var prefix = RegionCodes.Prefix(region);
        var units = await db.Set<KeyTaskUnit>().IgnoreQueryFilters().AsNoTracking().Where(u => ids.Contains(u.KeyTaskId)).OrderBy(u => u.Position).ToListAsync(ct);
        var milestones = await db.Set<KeyTaskMilestone>().IgnoreQueryFilters().AsNoTracking().Where(m => ids.Contains(m.KeyTaskId)).OrderBy(m => m.Position).ToListAsync(ct);
        // The reports of the asked region's line and subtree: a district never reads another district's.
        var reports = await db.Set<KeyTaskReport>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => ids.Contains(r.KeyTaskId) && (line.Contains(r.RegionCode) || r.RegionCode.StartsWith(prefix)))
            .OrderByDescending(r => r.Month).ThenByDescending(r => r.ReportedAt).ToListAsync(ct);
        var today = clock.Today();
        return tasks.Select(t => new TaskDto(t.Id, t.RegionCode, t.Number, t.Title,
            Units(units.Where(u => u.KeyTaskId == t.Id).Select(u => u.DepartmentName).ToList()), t.Deadline, t.StatusOn(today), t.CompletedOn, t.RegionCode != region,
            milestones.Where(m => m.KeyTaskId == t.Id).Select(m => new MilestoneDto(m.Title, m.Month)).ToList(),
            reports.Where(r => r.KeyTaskId == t.Id).Select(r => new ProgressDto(r.Month, r.UnitName, r.Text, r.Percent, r.ReportedAt, r.ReportedBy)).ToList())).ToList();
    }

    /// <summary>A task without departments is the office's own (督导室 is the office, not a department record).</summary>
    private static List<string> Units(List<string> departments) => departments.Count > 0 ? departments : [OfficeUnit];

    private const string OfficeUnit = "督导室";

    /// <summary>A month as yyyy-MM within the supported dates; null (and the field's message) otherwise.</summary>
    private static string? Month(string? value, string field, string label, ValidationErrors errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) { errors.Add(field, $"请填写{label}"); return null; }
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) || text.Length != 7)
        {
            errors.Add(field, $"{label}应为年月，如 2026-06");
            return null;
        }
        if (DateBounds.Check(first) is { } range) { errors.Add(field, range); return null; }
        return text;
    }
}

using System.Linq.Expressions;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Institutions;

/// <summary>
/// The institution registry as a spreadsheet: one row per institution, checked by <see cref="InstitutionInput.Check"/>.
/// An import writes the same dated history as the forms: a new row is registered today (审批中 or 正常, blank 正常); on an
/// existing institution a changed 证照情况 and then a changed 状态 are steps dated today, each allowed only where the
/// lifecycle allows it (the row is refused naming the states it may take), and a changed 类别 is refused (a 变更 on the
/// institution's page). A blank 状态, or a file without the column, leaves the status as it is.
/// </summary>
public sealed class InstitutionSheet(AppDbContext context, RegionDirectory regions, TimeProvider clock) : IImportDefinition<InstitutionInput, Institution>
{
    private static readonly IReadOnlyDictionary<string, string> H = InstitutionInput.Headers;

    // Steps go in with the import's transaction in batches, so a national file does not hold them all in the change tracker.
    private const int StepBatch = 2000;

    private readonly Dictionary<string, Institution> _current = new(StringComparer.Ordinal);
    private readonly List<InstitutionEvent> _steps = [];

    public string Noun => "校外培训机构";
    public IReadOnlyList<string> Headers { get; } = [.. H.Values];
    public IReadOnlyDictionary<string, string> FieldHeaders => H;
    public string KeyHeader => H["uscc"];
    public IReadOnlyCollection<string> KeptOnUpdate { get; } = [];
    public IReadOnlyDictionary<string, string> OptionalHeaders { get; } = new Dictionary<string, string> { [H["status"]] = nameof(Institution.Status) };
    public Expression<Func<Institution, string>> Key => i => i.Uscc;

    /// <summary>Refuses a caller who does not keep the registry, and reads the current state of the institutions in scope.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        await InstitutionRegistrar.CheckAsync(context, ct);
        var current = context.Set<Institution>().AsNoTracking()
            .Select(i => new Institution { Id = i.Id, Uscc = i.Uscc, Status = i.Status, Licence = i.Licence, Category = i.Category });
        await foreach (var i in current.AsAsyncEnumerable().WithCancellation(ct)) _current[i.Uscc] = i;
    }

    public InstitutionInput Read(RowValues row) => new(row[H["uscc"]], row[H["name"]], row[H["category"]], row[H["kind"]],
        row[H["profit"]], row[H["mode"]], row[H["licence"]], row[H["status"]], row[H["regionCode"]], row[H["address"]]);

    public string? KeyOf(InstitutionInput input) => input.Uscc?.Trim();

    public async Task<IEnumerable<(string Field, string Message)>> CheckAsync(InstitutionInput input, DataScope scope, CancellationToken ct)
    {
        var errors = input.Check(await regions.CheckCountyAsync(input.RegionCode, ct), scope).ToList();
        if (KeyOf(input) is not { } key || !_current.TryGetValue(key, out var existing))
        {
            if (input.NewStatusError() is { } statusError) errors.Add(("status", statusError));
            return errors;
        }
        if (input.Category is not null && input.Category != existing.Category)
            errors.Add(("category", "类别不能在导入中修改，请在机构页面“状态变更”中办理“变更”，以便记录日期和原因"));
        var (licence, status) = Changes(input, existing);
        if (licence is not null && InstitutionLifecycle.Refusal(existing, licence) is { } licenceError) errors.Add(("licence", licenceError));
        else if (status is not null && InstitutionLifecycle.Refusal(Licensed(existing, licence), status) is { } statusError) errors.Add(("status", statusError));
        return errors;
    }

    public Institution Create(string? existingId, InstitutionInput input)
    {
        var institution = existingId is null ? new Institution() : new Institution { Id = existingId };
        input.ApplyTo(institution);
        if (_current.TryGetValue(institution.Uscc, out var existing))
        {
            var (licence, status) = Changes(input, existing);
            institution.Status = status ?? existing.Status;
            if (licence is not null) _steps.Add(Step(institution, existing, InstitutionEventKinds.Licence, existing.Licence, licence));
            if (status is not null) _steps.Add(Step(institution, Licensed(existing, licence), InstitutionEventKinds.Status, existing.Status, status));
        }
        else
        {
            _steps.Add(Step(institution, null, InstitutionEventKinds.Register, null, institution.Status));
        }
        return institution;
    }

    public IQueryable<ExistingRecord> Existing(AppDbContext db) =>
        db.Set<Institution>().IgnoreQueryFilters().Select(i => new ExistingRecord(i.Uscc, i.Id, i.RegionCode));

    public IReadOnlyList<object?> ExportRow(Institution i) =>
        [i.Uscc, i.Name, i.Category, i.Kind, i.Profit, i.Mode, i.Licence, i.RegionCode, i.Address, i.Status];

    /// <summary>Writes the steps, and ends the white-list stay of an institution that stopped training, as a single step does.</summary>
    public async Task AddBesideAsync(CancellationToken ct)
    {
        foreach (var batch in _steps.Chunk(StepBatch))
        {
            context.AddRange(batch);
            await context.SaveChangesAsync(ct);
            foreach (var step in batch) context.Entry(step).State = EntityState.Detached;
        }
        var exits = _steps.Where(e => e.Kind == InstitutionEventKinds.Status && InstitutionLifecycle.Exits.Contains(e.ToState!))
            .ToDictionary(e => e.TargetId, StringComparer.Ordinal);
        if (exits.Count == 0) return;
        var ids = exits.Keys.ToList();
        var white = await context.Set<InstitutionListEntry>()
            .Where(e => ids.Contains(e.TargetId) && e.List == InstitutionListEntry.White && e.RemovedOn == null).ToListAsync(ct);
        foreach (var entry in white)
        {
            var exit = exits[entry.TargetId];
            (entry.RemovedOn, entry.RemovalReason, entry.RemovedBy) = (exit.OccurredOn, $"机构{exit.ToState}", exit.RecordedBy);
        }
    }

    /// <summary>The licence and the status the row changes (null where it keeps them); a blank status keeps it.</summary>
    private static (string? Licence, string? Status) Changes(InstitutionInput input, Institution existing) =>
        (input.Licence is { } l && l != existing.Licence ? l : null,
         input.Status?.Trim() is { Length: > 0 } s && s != existing.Status ? s : null);

    /// <summary>The state after the row's licence step, which its status step follows.</summary>
    private static Institution Licensed(Institution existing, string? licence) =>
        new() { Id = existing.Id, Status = existing.Status, Category = existing.Category, Licence = licence ?? existing.Licence };

    private InstitutionEvent Step(Institution institution, Institution? before, string kind, string? from, string? to) => new()
    {
        RegionCode = institution.RegionCode, TargetId = institution.Id, Kind = kind, FromState = from, ToState = to,
        StatusBefore = before?.Status, LicenceBefore = before?.Licence, CategoryBefore = before?.Category,
        OccurredOn = clock.Today(), Reason = kind == InstitutionEventKinds.Register ? "批量导入登记" : "批量导入变更",
        RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = context.User.UserName,
    };
}

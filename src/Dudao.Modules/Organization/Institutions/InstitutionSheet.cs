using System.Linq.Expressions;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Institutions;

/// <summary>
/// The institution registry as a spreadsheet: one row per institution, checked by
/// <see cref="InstitutionInput.Check"/>. The sheet has no status column: new rows start 正常 and
/// an import never changes an existing institution's status (a banned one stays banned).
/// </summary>
public sealed class InstitutionSheet(RegionDirectory regions) : IImportDefinition<InstitutionInput, Institution>
{
    private static readonly IReadOnlyDictionary<string, string> H = InstitutionInput.Headers;

    public string Noun => "校外培训机构";
    public IReadOnlyList<string> Headers { get; } = [.. H.Values];
    public IReadOnlyDictionary<string, string> FieldHeaders => H;
    public string KeyHeader => H["uscc"];
    public IReadOnlyCollection<string> KeptOnUpdate { get; } = [nameof(Institution.Status)];
    public Expression<Func<Institution, string>> Key => i => i.Uscc;

    public Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    public InstitutionInput Read(RowValues row) => new(row[H["uscc"]], row[H["name"]], row[H["category"]], row[H["kind"]],
        row[H["profit"]], row[H["mode"]], row[H["licence"]], null, row[H["regionCode"]], row[H["address"]]);

    public string? KeyOf(InstitutionInput input) => input.Uscc?.Trim();

    public async Task<IEnumerable<(string Field, string Message)>> CheckAsync(InstitutionInput input, DataScope scope, CancellationToken ct) =>
        input.Check(await regions.CheckCountyAsync(input.RegionCode, ct), scope);

    public Institution Create(string? existingId, InstitutionInput input)
    {
        var institution = existingId is null ? new Institution() : new Institution { Id = existingId };
        input.ApplyTo(institution);
        return institution;
    }

    public IQueryable<ExistingRecord> Existing(AppDbContext db) =>
        db.Set<Institution>().IgnoreQueryFilters().Select(i => new ExistingRecord(i.Uscc, i.Id, i.RegionCode));

    public IReadOnlyList<object?> ExportRow(Institution i) =>
        [i.Uscc, i.Name, i.Category, i.Kind, i.Profit, i.Mode, i.Licence, i.RegionCode, i.Address];
}

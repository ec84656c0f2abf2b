using System.Linq.Expressions;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Schools;

/// <summary>The school registry as a spreadsheet: one row per school, checked by <see cref="SchoolInput.Check"/>.</summary>
public sealed class SchoolSheet(AppDbContext db, RegionDirectory regions, TimeProvider clock) : IImportDefinition<SchoolInput, School>
{
    private static readonly IReadOnlyDictionary<string, string> H = SchoolInput.Headers;
    private HashSet<(string Region, string Name)> _zones = [];

    public string Noun => "学校";
    public IReadOnlyList<string> Headers { get; } = [.. H.Values];
    public IReadOnlyDictionary<string, string> FieldHeaders => H;
    public string KeyHeader => H["code"];
    public IReadOnlyCollection<string> KeptOnUpdate => [nameof(School.RegisteredOn)];

    public IReadOnlyDictionary<string, string> OptionalHeaders { get; } = new Dictionary<string, string>
    {
        [H["location"]] = nameof(School.Location), [H["tier"]] = nameof(School.Tier), [H["boarding"]] = nameof(School.Boarding),
    };
    public Expression<Func<School, string>> Key => s => s.Code;

    public async Task PrepareAsync(CancellationToken ct) =>
        _zones = (await db.Set<Zone>().AsNoTracking().Select(z => new { z.RegionCode, z.Name }).ToListAsync(ct))
            .Select(z => (z.RegionCode, z.Name)).ToHashSet();

    public SchoolInput Read(RowValues row) => new(row[H["code"]], row[H["name"]], row[H["type"]], row[H["ownership"]],
        row[H["regionCode"]], row[H["zone"]], row.Number(H["pupils"]), row.Number(H["teachers"]),
        Location: row[H["location"]], Tier: row[H["tier"]], Boarding: row[H["boarding"]]);

    public string? KeyOf(SchoolInput input) => input.Code?.Trim();

    public async Task<IEnumerable<(string Field, string Message)>> CheckAsync(SchoolInput input, DataScope scope, CancellationToken ct)
    {
        var countyError = await regions.CheckCountyAsync(input.RegionCode, ct);
        return input.Check(countyError, scope, (region, zone) => _zones.Contains((region, zone)));
    }

    public School Create(string? existingId, SchoolInput input)
    {
        var school = existingId is null ? new School { RegisteredOn = clock.Today() } : new School { Id = existingId };
        input.ApplyTo(school);
        return school;
    }

    public IQueryable<ExistingRecord> Existing(AppDbContext db) =>
        db.Set<School>().IgnoreQueryFilters().Select(s => new ExistingRecord(s.Code, s.Id, s.RegionCode));

    public IReadOnlyList<object?> ExportRow(School s) =>
        [s.Code, s.Name, s.Type, s.Ownership, s.RegionCode, s.Zone, s.Pupils, s.Teachers, s.Location, s.Tier, s.Boarding];
}

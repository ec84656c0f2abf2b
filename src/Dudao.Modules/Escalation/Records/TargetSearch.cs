using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Records;

/// <summary>A target the escalation form can pick: its id (a region's code for a government) and where it is.</summary>
public sealed record TargetChoice(string Kind, string Id, string Name, string RegionCode, string? RegionName);

/// <summary>An open problem or complaint about a target, to link to an escalation.</summary>
public sealed record OpenItem(string Id, string Text, string Status, DateTime At);

/// <summary>The problems and complaints still open about a target (complaints only for schools and institutions, which they are matched to).</summary>
public sealed record OpenItems(IReadOnlyList<OpenItem> Problems, IReadOnlyList<OpenItem> Complaints);

/// <summary>
/// What the escalation form picks from: targets of one kind found by name within the caller's scope (schools,
/// institutions, county departments, governments of a city, county or township), and a target's open problems and complaints.
/// </summary>
public sealed class TargetSearch(AppDbContext db, RegionDirectory regions, SupervisionTargets targets)
{
    public const int Max = 20;

    /// <summary>Up to <see cref="Max"/> targets of <paramref name="kind"/> whose name contains <paramref name="q"/> (all of them, by name, when blank).</summary>
    public async Task<IReadOnlyList<TargetChoice>> FindAsync(string? kind, string? q, CancellationToken ct)
    {
        var text = q?.Trim() ?? "";
        var found = kind switch
        {
            TargetKinds.School => await db.Set<School>().AsNoTracking().Where(s => s.Name.Contains(text)).OrderBy(s => s.Name).Take(Max)
                .Select(s => new { s.Id, s.Name, s.RegionCode }).ToListAsync(ct),
            TargetKinds.Institution => await db.Set<Institution>().AsNoTracking().Where(i => i.Name.Contains(text)).OrderBy(i => i.Name).Take(Max)
                .Select(i => new { i.Id, i.Name, i.RegionCode }).ToListAsync(ct),
            // County departments, as SupervisionTargets.DepartmentsAsync offers them.
            TargetKinds.Department => await db.Set<Department>().AsNoTracking()
                .Where(d => d.RegionCode.Length == 6 && !d.RegionCode.EndsWith("00") && d.Name.Contains(text))
                .OrderBy(d => d.RegionCode).ThenBy(d => d.Name).Take(Max).Select(d => new { d.Id, d.Name, d.RegionCode }).ToListAsync(ct),
            // Townships are rows of the region table, not of the directory's named tree; the scope is the caller's prefix.
            TargetKinds.Region => (await db.Set<Region>().AsNoTracking()
                    .Where(r => r.Level != Core.RegionCodes.Province && r.Code.StartsWith(db.User.Scope.RegionPrefix) && r.Name.Contains(text))
                    .OrderBy(r => r.Code).Take(Max).ToListAsync(ct))
                .Select(r => new { Id = r.Code, Name = TargetKinds.GovernmentOf(r.Name), RegionCode = r.Code }).ToList(),
            _ => [],
        };
        var choices = new List<TargetChoice>(found.Count);
        foreach (var f in found)
        {
            var county = f.RegionCode.Length > 6 ? f.RegionCode[..6] : f.RegionCode;
            var name = kind == TargetKinds.Department ? $"{await regions.NameAsync(county, ct)}{f.Name}" : f.Name;
            choices.Add(new TargetChoice(kind!, f.Id, name, county, await regions.NameAsync(county, ct)));
        }
        return choices;
    }

    /// <summary>The target a form or client names, within the caller's scope (field errors otherwise).</summary>
    public Task<SupervisionTarget> ResolveAsync(TargetReference target, CancellationToken ct) => targets.ResolveAsync(target, ct);

    /// <summary>The open problems about the target, and for a school or institution its complaints not yet closed or refused.</summary>
    public async Task<OpenItems> OpenItemsAsync(TargetReference reference, CancellationToken ct)
    {
        var target = await targets.ResolveAsync(reference, ct);
        var problems = db.Set<Problem>().AsNoTracking().Where(p => p.Status != ProblemStatuses.Closed && p.TargetKind == target.Kind);
        problems = TargetKinds.IsNamed(target.Kind)
            ? problems.Where(p => p.TargetName == target.Name && p.TargetUnit == target.Unit && p.RegionCode == target.RegionCode)
            : problems.Where(p => p.TargetId == target.Id);
        var openProblems = await problems.OrderBy(p => p.CreatedAt).Take(100)
            .Select(p => new OpenItem(p.Id, p.Description, p.Status, p.CreatedAt)).ToListAsync(ct);
        IReadOnlyList<OpenItem> complaints = target.Kind is TargetKinds.School or TargetKinds.Institution
            ? await db.Set<Complaint>().AsNoTracking()
                .Where(c => c.MatchedKind == target.Kind && c.MatchedId == target.Id
                            && (c.Status == ComplaintStatuses.Received || c.Status == ComplaintStatuses.Accepted))
                .OrderBy(c => c.SubmittedAt).Take(100)
                .Select(c => new OpenItem(c.Id, c.Category + "：" + c.Content, c.Status, c.SubmittedAt)).ToListAsync(ct)
            : [];
        return new OpenItems(openProblems, complaints);
    }
}

using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Inspections.Coverage;

/// <summary>
/// Keeps the coverage rollup as visits are saved: the first visit of a school or institution in a
/// month adds its mark, committed with the visit; later visits of that month change nothing.
/// </summary>
public sealed class CoverageMarks(AppDbContext db)
{
    public void Add(Visit visit)
    {
        if (visit.TargetKind is not (Assignment.SchoolTarget or Assignment.InstitutionTarget)) return;
        // Inserted unless the month's mark exists, also when another visit of the same target stored it meanwhile.
        db.AddIfAbsent(new CoverageMark
        {
            Month = visit.Month, TargetKind = visit.TargetKind, TargetId = visit.TargetId, RegionCode = visit.RegionCode, VisitId = visit.Id, VisitedOn = visit.Date,
        });
    }
}

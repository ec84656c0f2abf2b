using Dudao.Data;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Inspections.Coverage;

/// <summary>
/// The training institutions 月月督 covers: those operating (正常). One in approval, suspended,
/// deregistered or banned has no lessons to look at, so it is neither counted nor reminded of.
/// </summary>
internal static class CoveredInstitutions
{
    public static IQueryable<Institution> Of(AppDbContext db) => db.Set<Institution>().Where(i => i.Status == Institution.Normal);
}

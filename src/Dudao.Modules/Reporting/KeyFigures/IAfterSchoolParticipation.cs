namespace Dudao.Modules.Reporting.KeyFigures;

/// <summary>
/// After-school participation in a region for the term containing a day: pupils and teachers taking part (the schools'
/// term plans) against the registry's pupils and teachers of every school. The school-affairs module registers the
/// implementation; the key figures and the work report (seed 002) read it.
/// </summary>
public interface IAfterSchoolParticipation
{
    Task<AfterSchoolParticipation> ForRegionAsync(string regionCode, DateOnly on, CancellationToken ct);
}

/// <param name="Term">The term's label, e.g. 2026—2027学年第一学期.</param>
public sealed record AfterSchoolParticipation(string Term, int Schools, int SchoolsWithPlan, int Pupils, int PupilsTakingPart, int Teachers, int TeachersTakingPart)
{
    public double? PupilRate => Pupils == 0 ? null : (double)PupilsTakingPart / Pupils;
    public double? TeacherRate => Teachers == 0 ? null : (double)TeachersTakingPart / Teachers;
}

internal sealed class NoAfterSchoolParticipation : IAfterSchoolParticipation
{
    public Task<AfterSchoolParticipation> ForRegionAsync(string regionCode, DateOnly on, CancellationToken ct) =>
        Task.FromResult(new AfterSchoolParticipation("", 0, 0, 0, 0, 0, 0));
}

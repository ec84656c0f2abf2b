using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Platform.Calendar;

/// <summary>
/// A school vacation (寒假, 暑假) of a region, first and last day included. A province, city or county
/// sets its own; a region without any for a year follows the nearest one above it (<see cref="SchoolVacations"/>).
/// </summary>
public sealed class SchoolVacation : IRegionScoped, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string Name { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
}

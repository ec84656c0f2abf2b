namespace Dudao.Modules.Platform.Letterheads;

/// <summary>
/// A document number issued by an office: the <see cref="Sequence"/>-th of its <see cref="Year"/>,
/// given once to one document (<see cref="Kind"/> of <see cref="RecordId"/>), which keeps it, and
/// the office name and date it was issued under, whatever the letterhead says later.
/// Unique per office, year and sequence, so two requests can never hold the same number.
/// </summary>
public sealed class DocumentNumber
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The issuing office's region.</summary>
    public string RegionCode { get; init; } = "";
    public string Kind { get; init; } = "";
    public string RecordId { get; init; } = "";
    public int Year { get; init; }
    public int Sequence { get; init; }
    public string Number { get; init; } = "";
    public string OfficeName { get; init; } = "";
    public DateOnly IssuedOn { get; init; }
}

namespace Dudao.Modules.Training.Filings;

/// <summary>The filing form as posted: every kind's fields, of which the kind's own are shown and used.</summary>
public sealed class FilingForm
{
    public const int FeeRows = 5;

    public string? Kind { get; set; }
    public string? Title { get; set; }
    public List<FeeRow> Fees { get; set; } = [.. Enumerable.Range(0, FeeRows).Select(_ => new FeeRow())];
    public string? Description { get; set; }
    public string? StaffName { get; set; }
    public string? StaffSubject { get; set; }
    public string? Qualification { get; set; }
    public string? Nationality { get; set; }
    public string? WorkPermit { get; set; }
    public bool InChina { get; set; }
    public bool UsesModelContract { get; set; }
    public int? Version { get; set; }

    public sealed class FeeRow
    {
        public string? Item { get; set; }
        public decimal? Price { get; set; }
        public int? Lessons { get; set; }
    }

    /// <summary>Blank fee rows are left out: the form offers more rows than a course needs.</summary>
    public FilingInput ToInput() => new(Kind, Title,
        Kind == Domain.FilingKinds.Fee ? Fees.Where(f => !string.IsNullOrWhiteSpace(f.Item) || f.Price is not null || f.Lessons is not null)
            .Select(f => new FeeItemInput(f.Item, f.Price, f.Lessons)).ToList() : null,
        Description,
        Kind is Domain.FilingKinds.Staff or Domain.FilingKinds.ForeignStaff
            ? new StaffInput(StaffName, StaffSubject, Qualification, Nationality, WorkPermit, Kind == Domain.FilingKinds.ForeignStaff ? InChina : null)
            : null,
        Kind == Domain.FilingKinds.Contract ? UsesModelContract : null, Version);

    public static FilingForm From(FilingDto filing)
    {
        var form = new FilingForm
        {
            Kind = filing.Kind, Title = filing.Title, Description = filing.Content.Description, StaffName = filing.Content.Staff?.Name,
            StaffSubject = filing.Content.Staff?.Subject, Qualification = filing.Content.Staff?.Qualification,
            Nationality = filing.Content.Staff?.Nationality, WorkPermit = filing.Content.Staff?.WorkPermit, InChina = filing.Content.Staff?.InChina == true,
            UsesModelContract = filing.Content.UsesModelContract == true, Version = filing.Version,
        };
        var fees = filing.Content.Fees ?? [];
        for (var i = 0; i < fees.Count && i < FeeRows; i++) form.Fees[i] = new FeeRow { Item = fees[i].Item, Price = fees[i].Price, Lessons = fees[i].Lessons };
        return form;
    }
}

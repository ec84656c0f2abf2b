using Dudao.Modules.SchoolAffairs.Domain;

namespace Dudao.Modules.SchoolAffairs.Materials;

/// <summary>The term's teaching-material order as a form: the filed rows plus blank ones; the filled rows replace the filing.</summary>
public sealed class MaterialForm
{
    public const int Blanks = 4;

    public List<Row> Items { get; set; } = [];
    public bool VoluntaryConfirmed { get; set; }
    public int? Version { get; set; }

    public static MaterialForm Of(MaterialFilingDto f) => new()
    {
        Items = [.. f.Items.Select(i => new Row { Subject = i.Subject, Grade = i.Grade, Title = i.Title, Publisher = i.Publisher, Edition = i.Edition, Price = i.Price }),
            .. Enumerable.Range(0, Blanks).Select(_ => new Row())],
        VoluntaryConfirmed = f.VoluntaryConfirmed, Version = f.Version,
    };

    public sealed class Row
    {
        public string? Subject { get; set; }
        public int? Grade { get; set; }
        public string? Title { get; set; }
        public string? Publisher { get; set; }
        public string? Edition { get; set; }
        public decimal? Price { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Subject) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Publisher) && Price is null;
    }

    public int Filled(int index) => Items.Take(index).Count(i => !i.IsBlank);

    public MaterialFilingInput ToInput() => new(Items.Where(i => !i.IsBlank)
        .Select(i => new MaterialLineInput(i.Subject, i.Grade, i.Title, i.Publisher, i.Edition, i.Price)).ToList(), VoluntaryConfirmed, Version);
}

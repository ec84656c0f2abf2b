using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dudao.Tests.Shared;

/// <summary>Every export reads and prints the same way, from the one spreadsheet writer.</summary>
public sealed class XlsxFormatTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Every_export_opens_with_a_bold_frozen_header_print_titles_on_a4_landscape_and_names_beside_codes(DatabaseKind kind)
    {
        var api = await TestApp.For(kind).ApiAsync("jlp-admin");
        var template = (await api.GetFromJsonAsync<JsonElement>("/api/indicator-templates")).EnumerateArray().First().GetProperty("id").GetString();

        var ledger = Read(await api.GetByteArrayAsync("/api/problems/export"));
        var schools = Read(await api.GetByteArrayAsync("/api/schools/export?regionCode=500107"));
        foreach (var sheet in new[] { ledger, schools, Read(await api.GetByteArrayAsync("/api/institutions/export")),
                     Read(await api.GetByteArrayAsync("/api/schools/import-template")), Read(await api.GetByteArrayAsync($"/api/indicator-templates/{template}/export")) })
        {
            sheet.Frozen.ShouldBeTrue();
            sheet.HeaderBold.ShouldBeTrue();
            sheet.PrintTitles.ShouldEndWith("!$1:$1");
            sheet.Landscape.ShouldBeTrue();
            sheet.A4.ShouldBeTrue();
            sheet.Widths.ShouldNotBeEmpty();
            sheet.Widths.ShouldAllBe(w => w >= 6 && w <= 52);
        }

        ledger.Headers[..2].ShouldBe(["区县代码", "区县"]);
        schools.Headers.IndexOf("行政区划名称").ShouldBe(schools.Headers.IndexOf("行政区划代码") + 1);
        schools.SecondRow.ShouldContain("九龙坡区");
    }

    private sealed record Sheet(List<string> Headers, List<string> SecondRow, bool Frozen, bool HeaderBold, string PrintTitles, bool Landscape, bool A4, List<double> Widths);

    private static Sheet Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        var rows = worksheet.Descendants<Row>().Take(2).Select(r => r.Elements<Cell>().ToList()).ToList();
        var fonts = workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        var formats = workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var headerBold = rows[0].All(c => c.StyleIndex is { } s && fonts[(int)formats[(int)s.Value].FontId!.Value].Bold is not null);
        var pane = worksheet.Descendants<Pane>().SingleOrDefault();
        var setup = worksheet.Descendants<PageSetup>().Single();
        var titles = workbook.Workbook.Descendants<DefinedName>().SingleOrDefault(n => n.Name == "_xlnm.Print_Titles");
        return new Sheet(rows[0].Select(c => c.InnerText).ToList(), rows.Count > 1 ? rows[1].Select(c => c.InnerText).ToList() : [],
            pane is { State.Value: var state, VerticalSplit.Value: 1 } && state == PaneStateValues.Frozen, headerBold, titles?.Text ?? "",
            setup.Orientation?.Value == OrientationValues.Landscape, setup.PaperSize?.Value == 9u,
            worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList());
    }
}

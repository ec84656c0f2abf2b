namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>One worksheet row: its number as the spreadsheet shows it (header = 1) and its cell texts by column (A = 0).</summary>
public sealed record SheetRow(int Number, string?[] Cells)
{
    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}

namespace Dudao.Modules.Ui.Forms;

/// <summary>What a page shows when a handler refuses: messages by field, and a summary line listing them all, in Chinese.</summary>
public sealed record ErrorResult(IDictionary<string, string[]> Fields, string Summary)
{
    /// <summary>The messages alone, for a page whose filter (not a save) was refused.</summary>
    public string Reason => Fields.Count == 0 ? Summary : string.Join("；", Fields.SelectMany(f => f.Value));
}

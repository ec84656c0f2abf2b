namespace Dudao.Modules.Shared.Documents;

/// <summary>What heads and closes every official document: the issuing office's full name, its 文号 and the date (成文日期).</summary>
public sealed record DocumentHeader(string OfficeName, string Number, DateOnly Date)
{
    /// <summary>The 落款 under the text: the office with its seal, then the date.</summary>
    public IReadOnlyList<string> Closing => [$"{OfficeName}（盖章）", OfficialDocx.DateText(Date)];
}

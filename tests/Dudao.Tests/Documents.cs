using System.Text.RegularExpressions;

namespace Dudao.Tests;

/// <summary>What every issued document shows, read from its text.</summary>
internal static partial class Documents
{
    public const string JiulongpoOffice = "重庆市九龙坡区人民政府教育督导室";
    public const string TestDay = "2026年11月23日";

    /// <summary>The 文号 in the text and its sequence: "九龙坡督办〔2026〕3号" gives 3.</summary>
    public static (string Number, int Sequence) NumberIn(string text, string prefix = "九龙坡督办")
    {
        var match = Regex.Match(text, Regex.Escape(prefix) + @"〔2026〕(第?)(\d+)号");
        match.Success.ShouldBeTrue($"no {prefix}〔2026〕N号 in: {text}");
        return (match.Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The letterhead, the number, the seal line and the date.</summary>
    public static void ShouldBeIssued(string text, string office = JiulongpoOffice, string prefix = "九龙坡督办")
    {
        text.ShouldStartWith(office);
        NumberIn(text, prefix);
        text.ShouldContain($"{office}（盖章）");
        text.ShouldContain(TestDay);
    }
}

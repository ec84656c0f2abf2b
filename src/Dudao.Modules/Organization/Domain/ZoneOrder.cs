using System.Globalization;

namespace Dudao.Modules.Organization.Domain;

/// <summary>
/// 督导责任区 in the order people count them: 第二 before 第十, 第十 before 第十一 (string order puts
/// 第十一 before 第二). Names without a leading 第N come after the numbered ones, by name.
/// </summary>
public sealed class ZoneOrder : IComparer<string?>
{
    public static readonly ZoneOrder Instance = new();

    private const string Digits = "零一二三四五六七八九";

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1; // unzoned last
        if (y is null) return -1;
        var byNumber = (NumberOf(x) ?? int.MaxValue).CompareTo(NumberOf(y) ?? int.MaxValue);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }

    /// <summary>The N of "第N…" in Chinese numerals up to 九十九 or Arabic digits; null otherwise.</summary>
    public static int? NumberOf(string name)
    {
        if (!name.StartsWith('第')) return null;
        var digits = name.Skip(1).TakeWhile(char.IsAsciiDigit).ToArray();
        if (digits.Length > 0) return digits.Length <= 6 ? int.Parse(new string(digits), CultureInfo.InvariantCulture) : null;

        var numeral = new string(name.Skip(1).TakeWhile(c => c == '十' || Digits.Contains(c, StringComparison.Ordinal)).ToArray());
        if (numeral.Length == 0) return null;
        var ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0) return numeral.Length == 1 ? Digits.IndexOf(numeral[0], StringComparison.Ordinal) : null;
        var tens = ten == 0 ? 1 : ten == 1 ? Digits.IndexOf(numeral[0], StringComparison.Ordinal) : -1;
        var rest = numeral[(ten + 1)..];
        var ones = rest.Length == 0 ? 0 : rest.Length == 1 && rest[0] != '十' ? Digits.IndexOf(rest[0], StringComparison.Ordinal) : -1;
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }
}

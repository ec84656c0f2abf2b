using System.Globalization;
using System.Text;

namespace Dudao.Core.Text;

/// <summary>
/// Characters XML 1.0 cannot carry: C0 controls other than tab, line feed and carriage return,
/// unpaired surrogates, U+FFFE and U+FFFF. One such character in a stored name makes every .xlsx or
/// .docx that includes it unwritable, so input refuses them and exports drop them.
/// </summary>
public static class XmlChars
{
    /// <returns>The index of the first character XML cannot carry, or -1.</returns>
    public static int IndexOfForbidden(ReadOnlySpan<char> text)
    {
        // Everything from space up to the surrogates is allowed, which is nearly all text; jump over it.
        var start = text.IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        if (start < 0) return -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u0020' and < '\uD800' or >= '\uE000' and < '\uFFFE' or '\t' or '\n' or '\r') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <returns>null when <paramref name="text"/> is fine, otherwise a Chinese message naming the character and where it is.</returns>
    public static string? Check(string? text)
    {
        if (text is null) return null;
        var index = IndexOfForbidden(text);
        if (index < 0) return null;
        var code = ((int)text[index]).ToString("X4", CultureInfo.InvariantCulture);
        var what = char.IsSurrogate(text[index]) ? "不成对的代理字符" : "不可见的控制字符";
        return $"第{index + 1}个字符是{what}（U+{code}），请删除后重新填写";
    }

    /// <summary>The text without the characters XML cannot carry, for exports of records stored before input refused them.</summary>
    public static string Strip(string text)
    {
        var index = IndexOfForbidden(text);
        if (index < 0) return text;
        var kept = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (index >= 0)
        {
            kept.Append(rest[..index]);
            rest = rest[(index + 1)..];
            index = IndexOfForbidden(rest);
        }
        return kept.Append(rest).ToString();
    }
}

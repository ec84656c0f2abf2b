namespace Dudao.Core;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (no I, O, S, V, Z).
/// Characters 9–17 are the organisation code (GB 11714) with its own mod-11 check; character 18
/// checks the first 17 (mod 31). Messages say which check failed.
/// </summary>
public static class Uscc
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <returns>null when valid, otherwise a Chinese message saying which check failed.</returns>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return "统一社会信用代码不能为空";
        if (code.Length != 18) return $"统一社会信用代码应为18位，实际为{code.Length}位";
        if (code.Any(char.IsAsciiLetterLower)) return "统一社会信用代码中的字母应为大写";
        foreach (var c in code)
        {
            if (Charset.IndexOf(c, StringComparison.Ordinal) < 0)
                return $"统一社会信用代码含有不允许的字符“{c}”（只用数字和除I、O、S、V、Z以外的大写字母）";
        }

        var orgCheck = OrganisationCheck(code.AsSpan(8, 8));
        if (code[16] != orgCheck) return $"组织机构代码（第9–17位）校验失败：第17位应为“{orgCheck}”";

        var check = Check(code.AsSpan(0, 17));
        if (code[17] != check) return $"统一社会信用代码校验位（第18位）错误：应为“{check}”";
        return null;
    }

    /// <summary>Completes 16 leading characters (the organisation code's body ends at 16) with both check characters.</summary>
    public static string Complete(string first16)
    {
        var first17 = first16 + OrganisationCheck(first16.AsSpan(8, 8));
        return first17 + Check(first17);
    }

    private static char Check(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Charset.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        return Charset[(31 - sum % 31) % 31];
    }

    private static char OrganisationCheck(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * OrgWeights[i];
        }
        return (11 - sum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
    }
}

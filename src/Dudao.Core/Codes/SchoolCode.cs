namespace Dudao.Core;

/// <summary>学校标识码: 10 digits; digits 3–4 are the province code of the school's region.</summary>
public static class SchoolCode
{
    /// <returns>null when valid, otherwise a Chinese message saying what is wrong.</returns>
    public static string? Validate(string? code, string? regionCode)
    {
        if (string.IsNullOrWhiteSpace(code)) return "学校标识码不能为空";
        if (code.Length != 10 || !code.All(char.IsAsciiDigit)) return $"学校标识码“{code}”应为10位数字";
        if (regionCode is { Length: >= 2 } && code.Substring(2, 2) != regionCode[..2])
            return $"学校标识码“{code}”第3–4位应为所在省份代码“{regionCode[..2]}”";
        return null;
    }
}

using System.Text.RegularExpressions;

namespace Dudao.Core;

/// <summary>Mainland phone numbers: an 11-digit mobile (1[3-9]…) or a landline with its area code (023-68781234).</summary>
public static partial class PhoneNumber
{
    /// <returns>null when valid, otherwise a Chinese message saying what is expected.</returns>
    public static string? Validate(string? phone) =>
        phone is not null && (Mobile().IsMatch(phone) || Landline().IsMatch(phone))
            ? null
            : $"电话“{phone}”应为11位手机号或带区号的固定电话（如 023-68781234）";

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    // Area codes are 3–4 digits starting with 0; local numbers 7–8 digits; an extension may follow.
    [GeneratedRegex(@"^0\d{2,3}-\d{7,8}(-\d{1,6})?$")]
    private static partial Regex Landline();
}

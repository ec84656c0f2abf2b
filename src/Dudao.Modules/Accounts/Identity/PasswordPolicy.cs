using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace Dudao.Modules.Accounts.Identity;

/// <summary>GB/T 22239 level 3: at least 10 characters, three of four character classes, no common passwords.</summary>
internal sealed class PasswordPolicy : IPasswordValidator<User>
{
    public const int MinLength = 10;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "Password123", "Password@123", "P@ssw0rd123", "Passw0rd!!", "Admin@12345", "Admin123456",
        "Qwerty@1234", "Abc@123456", "Abcd@12345", "Aa123456789", "Welcome@123", "Changeme123",
        "Dudao@12345", "1qaz@WSX3edc", "1qaz2wsx#EDC", "Zxcvbnm@123", "Woaini@1314", "Iloveyou@123",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password) =>
        Task.FromResult(Check(password, user.UserName) is { } message
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = message })
            : IdentityResult.Success);

    public static string? Check(string? password, string? userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength) return $"密码至少{MinLength}位";
        var classes = new[]
        {
            password.Any(char.IsAsciiLetterUpper), password.Any(char.IsAsciiLetterLower),
            password.Any(char.IsAsciiDigit), password.Any(c => !char.IsAsciiLetterOrDigit(c)),
        }.Count(x => x);
        if (classes < 3) return "密码须包含大写字母、小写字母、数字、符号中的至少三类";
        if (Common.Contains(password)) return "该密码过于常见，请换一个";
        if (!string.IsNullOrEmpty(userName) && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
            return "密码不能包含用户名";
        return null;
    }
}

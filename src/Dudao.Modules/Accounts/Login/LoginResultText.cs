namespace Dudao.Modules.Accounts.Login;

/// <summary>The login log's result in Chinese, from the outcome name the log stores.</summary>
internal static class LoginResultText
{
    public static string For(string result) => Enum.TryParse<LoginOutcome>(result, out var outcome)
        ? outcome switch
        {
            LoginOutcome.Success => "成功",
            LoginOutcome.Failed => "密码错误",
            LoginOutcome.LockedOut => "已锁定",
            LoginOutcome.Inactive => "已停用",
            LoginOutcome.TwoFactorRequired => "需要验证码",
            _ => result,
        }
        : result;
}

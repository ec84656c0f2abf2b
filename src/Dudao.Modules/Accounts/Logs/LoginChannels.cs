namespace Dudao.Modules.Accounts.Logs;

/// <summary>Where a login came from, as the login log shows it; the API keeps the codes.</summary>
internal static class LoginChannels
{
    public static string Label(string channel) => channel switch
    {
        "web" => "网页登录",
        "api" => "接口调用",
        _ => channel,
    };
}

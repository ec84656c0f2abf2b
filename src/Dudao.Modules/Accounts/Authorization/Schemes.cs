namespace Dudao.Modules.Accounts.Authorization;

/// <summary>Pages sign in with a cookie; the JSON API accepts only bearer tokens, so it needs no antiforgery.</summary>
public static class Schemes
{
    public const string Cookie = "Cookies";
    public const string Bearer = "BearerToken";
}

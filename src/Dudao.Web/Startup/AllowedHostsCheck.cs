namespace Dudao.Web.Startup;

internal static class AllowedHostsCheck
{
    /// <summary>
    /// Outside Development and Testing the site must name its host names in <c>AllowedHosts</c>:
    /// with <c>*</c> a forged Host header would steer the absolute redirects (to the login page,
    /// after a sign-in) to another site. Host filtering then answers any other Host with 400.
    /// </summary>
    public static void RequireAllowedHosts(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")) return;
        var hosts = builder.Configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            throw new InvalidOperationException(
                "未配置 AllowedHosts：请填写本站的域名（多个用分号分隔，例如 dudao.jyj.example.gov.cn），" +
                "否则伪造的 Host 请求头可以把登录跳转引向其他网站。");
        }
    }
}

using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Surveys.Answering;

/// <summary>The site's address as the request reached it; host filtering (AllowedHosts) keeps a forged Host out of the links.</summary>
public static class SurveyHost
{
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}

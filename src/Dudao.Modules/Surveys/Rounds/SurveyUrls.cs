namespace Dudao.Modules.Surveys.Rounds;

/// <summary>Where a link's form and QR code are served.</summary>
public static class SurveyUrls
{
    public static string Form(string baseUrl, string token) => $"{baseUrl}/s/{token}";

    public static string Qr(string baseUrl, string token) => $"{baseUrl}/s/{token}/qr.svg";
}

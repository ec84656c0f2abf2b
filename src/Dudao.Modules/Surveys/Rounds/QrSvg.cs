using QRCoder;

namespace Dudao.Modules.Surveys.Rounds;

/// <summary>A link's QR code as SVG; error correction M survives a smudged print.</summary>
public static class QrSvg
{
    public static string Render(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8);
    }
}

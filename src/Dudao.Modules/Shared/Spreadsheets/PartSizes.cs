using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>
/// The decompressed size of every part, from the zip's directory, read before the package is opened.
/// The runtime stops reading an entry at its declared size, so these sizes bound what reading can
/// produce, and a tiny zip that claims a huge part is refused before a byte of it is inflated.
/// </summary>
internal sealed class PartSizes
{
    private readonly Dictionary<string, long> _sizes;

    private PartSizes(Dictionary<string, long> sizes) => _sizes = sizes;

    /// <summary>Checks the parts the package itself reads whole on opening (content types, relationships); leaves the stream at its start.</summary>
    public static PartSizes Read(Stream stream, SpreadsheetLimits limits)
    {
        var sizes = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                var name = Normalise(entry.FullName);
                sizes[name] = entry.Length;
                if (name == "[Content_Types].xml" || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                    Check(name, entry.Length, limits.MaxPartBytes);
            }
        }
        stream.Position = 0;
        return new PartSizes(sizes);
    }

    /// <exception cref="Core.Errors.ValidationFailedException">The part is larger than <paramref name="maxBytes"/>, or not in the zip.</exception>
    public void Check(OpenXmlPart part, long maxBytes)
    {
        var name = Normalise(part.Uri.OriginalString);
        if (!_sizes.TryGetValue(name, out var size)) throw XlsxReader.Invalid();
        Check(name, size, maxBytes);
    }

    private static void Check(string name, long size, long maxBytes)
    {
        if (size > maxBytes)
            throw XlsxReader.Refused($"文件中的 {Shorten(name)} 解压后有 {Megabytes(size)} MB，超过了 {Megabytes(maxBytes)} MB 的上限");
    }

    private static string Normalise(string name) => Uri.UnescapeDataString(name).Replace('\\', '/').TrimStart('/');

    private static string Shorten(string name) => name.Length <= 60 ? name : name[..60] + "…";

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture);
}

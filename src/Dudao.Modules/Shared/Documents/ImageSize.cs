using System.Buffers.Binary;

namespace Dudao.Modules.Shared.Documents;

/// <summary>The pixel size of a PNG or JPEG from its header, so a document can keep a photo's proportions.</summary>
internal static class ImageSize
{
    /// <returns>Width and height, or null when the content is neither a PNG nor a JPEG with a frame header.</returns>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> content)
    {
        // PNG: the IHDR chunk comes first, width and height big-endian at bytes 16 and 20.
        if (content.Length >= 24 && content[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return (BinaryPrimitives.ReadInt32BigEndian(content[16..]), BinaryPrimitives.ReadInt32BigEndian(content[20..]));
        if (content.Length < 4 || content[0] != 0xFF || content[1] != 0xD8) return null;
        // JPEG: walk the segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC).
        var i = 2;
        while (i + 9 < content.Length)
        {
            if (content[i] != 0xFF) return null;
            var marker = content[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(content[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(content[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(content[(i + 5)..]));
            i += 2 + length;
        }
        return null;
    }
}

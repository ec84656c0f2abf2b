namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>
/// Passes a part's bytes through to the XML reader, refusing any stretch longer than
/// <c>maxRun</c> bytes without a '&lt;', and any comment, CDATA section or processing instruction
/// (&lt;!…&gt;, &lt;?…?&gt;, which may hold '&lt;') longer than that. The reader holds a whole element
/// name, attribute value, comment, CDATA section or instruction in memory, so
/// without this a few kilobytes of zip could make it allocate gigabytes for one of them. Real cell
/// text is bounded by the cell limit, and so is the gap between two tags.
/// </summary>
internal sealed class MarkupGuard(Stream inner, long maxRun, Func<Exception> tooLong) : Stream
{
    private long _run;
    private bool _afterOpen;     // the last byte scanned was a '<'
    private byte _section;       // '!' inside <!-- … --> or <![CDATA[ … ]]>, '?' inside <? … ?>, else 0
    private byte _last, _beforeLast;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Scan(buffer[..read]);
        return read;
    }

    private void Scan(ReadOnlySpan<byte> bytes)
    {
        // The usual chunk: outside any section, no section starting in it, not ending on a '<'. Gaps
        // inside it are shorter than the chunk, so only the run up to its first '<' and after its last count.
        if (_section == 0 && !_afterOpen && bytes.Length > 0 && bytes.Length <= maxRun && bytes[^1] != '<'
            && bytes.IndexOf("<!"u8) < 0 && bytes.IndexOf("<?"u8) < 0)
        {
            var first = bytes.IndexOf((byte)'<');
            Count(first < 0 ? bytes.Length : first);
            if (first >= 0) _run = bytes.Length - bytes.LastIndexOf((byte)'<') - 1;
            Remember(bytes);
            return;
        }
        var i = 0;
        while (i < bytes.Length)
        {
            if (_afterOpen)
            {
                _afterOpen = false;
                if (bytes[i] is (byte)'!' or (byte)'?') _section = bytes[i];
            }
            var next = bytes[i..].IndexOf(_section == 0 ? (byte)'<' : (byte)'>');
            if (next < 0)
            {
                Count(bytes.Length - i);
                break;
            }
            Count(next);
            var at = i + next;
            if (_section == 0)
            {
                _run = 0;
                _afterOpen = true;
            }
            else if (Ends(bytes, at))
            {
                _run = 0;
                _section = 0;
            }
            else
            {
                Count(1);
            }
            i = at + 1;
        }
        Remember(bytes);
    }

    /// <summary>Keeps the chunk's last two bytes, for a section end ("]]>", "-->") split across chunks.</summary>
    private void Remember(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2) _beforeLast = bytes[^2];
        else if (bytes.Length == 1) _beforeLast = _last;
        if (bytes.Length >= 1) _last = bytes[^1];
    }

    /// <summary>Whether the '&gt;' at <paramref name="at"/> closes the section: it follows "?", or "--" or "]]".</summary>
    private bool Ends(ReadOnlySpan<byte> bytes, int at)
    {
        var one = at >= 1 ? bytes[at - 1] : _last;
        if (_section == '?') return one == '?';
        var two = at >= 2 ? bytes[at - 2] : at == 1 ? _last : _beforeLast;
        return one == two && one is (byte)'-' or (byte)']';
    }

    private void Count(long bytes)
    {
        _run += bytes;
        if (_run > maxRun) throw tooLong();
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

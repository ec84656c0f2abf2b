namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>
/// Passes a part's bytes through to the XML reader, refusing any stretch longer than
/// <c>maxRun</c> bytes without a '&lt;'. The reader holds a whole element name or attribute value in
/// memory, so without this a few kilobytes of zip could make it allocate gigabytes for one
/// attribute. Real cell text is bounded by the cell limit, and so is the gap between two tags.
/// </summary>
internal sealed class MarkupGuard(Stream inner, long maxRun, Func<Exception> tooLong) : Stream
{
    private long _run;

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
        var rest = buffer[..read];
        for (var next = rest.IndexOf((byte)'<'); next >= 0; next = rest.IndexOf((byte)'<'))
        {
            if (_run + next > maxRun) throw tooLong();
            _run = 0;
            rest = rest[(next + 1)..];
        }
        _run += rest.Length;
        if (_run > maxRun) throw tooLong();
        return read;
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

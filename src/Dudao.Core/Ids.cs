namespace Dudao.Core;

/// <summary>Opaque string ids: time-ordered (UUID v7) so inserts stay index-friendly on both databases.</summary>
public static class Ids
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}

using Dudao.Core.Scope;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// An uploaded photo, document or evidence file. The bytes live outside the web root under a
/// generated name; this row says what they are and to which record they belong.
/// </summary>
public sealed class StoredFile : ITargetScoped, ITeamVisible
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; set; } = "";

    /// <summary>The school or institution the file is about ("" for none): its accounts see only their own files.</summary>
    public string TargetId { get; init; } = "";

    /// <summary>The kind of record it belongs to (visit, problem, complaint …) and its id.</summary>
    public string OwnerKind { get; init; } = "";
    public string OwnerId { get; set; } = "";
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long Size { get; init; }
    public string Sha256 { get; init; } = "";
    public string StoragePath { get; init; } = "";
    public DateTime UploadedAt { get; init; }
    public string UploadedBy { get; init; } = "";

    /// <summary>The bytes of a file added but not yet saved: written by <see cref="FileWrites"/> with the row, not mapped.</summary>
    internal byte[]? PendingContent { get; set; }
}

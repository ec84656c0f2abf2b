namespace Dudao.Modules.Platform.Files;

/// <summary>
/// Says whether the caller may read the record a file belongs to. Each module that stores files
/// registers one per owner kind; a file whose owner kind has none is served to nobody.
/// </summary>
public interface IFileOwnerAccess
{
    string OwnerKind { get; }

    /// <returns>true when the caller's permissions and data scope let it read the owner record.</returns>
    Task<bool> MayReadAsync(string ownerId, CancellationToken ct);
}

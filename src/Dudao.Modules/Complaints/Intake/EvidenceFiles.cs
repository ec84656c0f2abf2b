using Dudao.Core.Errors;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Files;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Complaints.Intake;

/// <summary>
/// Evidence uploads, checked in full before anything is written (count and size, then type by content),
/// so a refused report leaves no file behind.
/// </summary>
public static class EvidenceFiles
{
    public const string Field = "evidence";

    /// <summary>The owner kind of a complaint's evidence in the file store.</summary>
    public const string OwnerKind = "complaint";

    /// <summary>
    /// The posted files, refused at once when too many (with <paramref name="held"/> files the form already holds)
    /// or one too large; an empty part (no file chosen) is skipped.
    /// </summary>
    public static IReadOnlyList<Upload> Read(IEnumerable<IFormFile> files, int held = 0)
    {
        var chosen = files.Where(f => f.Length > 0).ToList();
        if (chosen.Count + held > ComplaintLimits.EvidenceFilesMax)
            throw ValidationFailedException.For(Field, $"最多上传{ComplaintLimits.EvidenceFilesMax}个证据文件");
        if (chosen.FirstOrDefault(f => f.Length > FileStore.MaxBytes) is { } large)
            throw new DomainException(StatusCodes.Status413PayloadTooLarge, $"证据文件“{large.FileName}”超过 {FileStore.MaxBytes / 1024 / 1024} MB，请压缩后再上传");
        return Upload.From(chosen);
    }

    /// <summary>Field errors for too many files or a type that is not allowed (413 for one over the limit). Returns the files that passed.</summary>
    public static Task<IReadOnlyList<CheckedFile>> CheckAsync(IReadOnlyList<Upload> files, ValidationErrors errors, CancellationToken ct)
    {
        if (files.Count > ComplaintLimits.EvidenceFilesMax) errors.Add(Field, $"最多上传{ComplaintLimits.EvidenceFilesMax}个证据文件");
        return FileStore.ReadAllAsync(files, Field, errors, ct);
    }
}

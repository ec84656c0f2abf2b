using Dudao.Core.Errors;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Files;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Complaints.Intake;

public sealed record EvidenceFile(string FileName, byte[] Content);

/// <summary>
/// Evidence uploads, checked in full before anything is written (size, then type by content), so
/// a refused report leaves no file behind.
/// </summary>
public static class EvidenceFiles
{
    public const string Field = "evidence";

    /// <summary>The owner kind of a complaint's evidence in the file store.</summary>
    public const string OwnerKind = "complaint";

    /// <summary>Reads the posted files; an empty part (no file chosen) is skipped.</summary>
    public static async Task<IReadOnlyList<EvidenceFile>> ReadAsync(IEnumerable<IFormFile> files, CancellationToken ct)
    {
        var chosen = files.Where(f => f.Length > 0).ToList();
        if (chosen.Count > ComplaintLimits.EvidenceFilesMax)
            throw ValidationFailedException.For(Field, $"最多上传{ComplaintLimits.EvidenceFilesMax}个证据文件");
        var result = new List<EvidenceFile>();
        foreach (var file in chosen)
        {
            if (file.Length > FileStore.MaxBytes) throw TooLarge(file.FileName);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            result.Add(new EvidenceFile(file.FileName, buffer.ToArray()));
        }
        return result;
    }

    /// <summary>413 for a file over the limit; field errors for a type that is not allowed. Returns the files that passed.</summary>
    public static IReadOnlyList<CheckedFile> Check(IReadOnlyList<EvidenceFile> files, ValidationErrors errors)
    {
        if (files.Count > ComplaintLimits.EvidenceFilesMax) errors.Add(Field, $"最多上传{ComplaintLimits.EvidenceFilesMax}个证据文件");
        var passed = new List<CheckedFile>();
        foreach (var file in files)
        {
            if (file.Content.Length > FileStore.MaxBytes) throw TooLarge(file.FileName);
            if (FileStore.Check(file.FileName, file.Content, Field, errors) is { } ok) passed.Add(ok);
        }
        return passed;
    }

    private static DomainException TooLarge(string fileName) =>
        new(StatusCodes.Status413PayloadTooLarge, $"证据文件“{fileName}”超过 {FileStore.MaxBytes / 1024 / 1024} MB，请压缩后再上传");
}

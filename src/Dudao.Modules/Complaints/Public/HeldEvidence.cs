using Dudao.Core.Errors;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Intake;
using Dudao.Modules.Platform.Files;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Complaints.Public;

/// <summary>
/// The public form's evidence across its re-renders without script (a name lookup, a refused
/// submit, removing a file): files chosen so far are held as pending uploads, and the form carries
/// them back in hidden <see cref="Field"/> values (<c>token/name</c>) until it is sent.
/// </summary>
public sealed class HeldEvidence(PendingUploads pending)
{
    public const string Field = "held";
    private const int TokenLength = 32;

    public static string Value(HeldUpload held) => held.Token + "/" + held.FileName;

    /// <summary>The held files the form posted back, as many as a report may carry, each once.</summary>
    public static List<HeldUpload> Posted(HttpRequest request) =>
        request.Form[Field].OfType<string>()
            .Where(v => v.Length > TokenLength + 1 && v[TokenLength] == '/')
            .Select(v => new HeldUpload(v[..TokenLength], v[(TokenLength + 1)..]))
            .DistinctBy(h => h.Token).Take(ComplaintLimits.EvidenceFilesMax).ToList();

    /// <summary>Holds the files this post chose, after those already held; a refusal is returned as the field's message.</summary>
    public async Task<string?> HoldPostedAsync(HttpRequest request, List<HeldUpload> held, CancellationToken ct)
    {
        try
        {
            var errors = new ValidationErrors();
            var posted = EvidenceFiles.Read(request.Form.Files.GetFiles(EvidenceFiles.Field), held.Count);
            held.AddRange(await pending.HoldAsync(posted, EvidenceFiles.Field, errors, ct));
            errors.ThrowIfAny();
            return null;
        }
        catch (ValidationFailedException e)
        {
            return string.Join("；", e.Errors.SelectMany(f => f.Value));
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }

    /// <summary>The held files and this post's as one evidence list; a held file that has expired is refused by name.</summary>
    public async Task<IReadOnlyList<Upload>> ForSubmitAsync(IReadOnlyList<HeldUpload> held, IFormFileCollection files, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var uploads = new List<Upload>();
        foreach (var file in held)
        {
            if (await pending.FindAsync(file, ct) is { } upload) uploads.Add(upload);
            else errors.Add(EvidenceFiles.Field, $"证据文件“{file.FileName}”已过期，请移除后重新选择");
        }
        errors.ThrowIfAny();
        return [.. uploads, .. EvidenceFiles.Read(files.GetFiles(EvidenceFiles.Field), held.Count)];
    }
}

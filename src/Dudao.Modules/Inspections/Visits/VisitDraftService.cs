using System.Text.Json;
using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Registry;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Visits;

/// <param name="DraftId">Send it back with the next save and with the visit (<c>draftId</c>) that submits it.</param>
public sealed record VisitDraftDto(string DraftId, string TargetKind, string TargetId, string TargetName, DateTime UpdatedAt, VisitForm Form);

/// <summary>
/// The visit form saved as the inspector goes, one draft per account and target (ADR-081). Only its
/// author reads or changes it. A draft holds the fields as typed — checks run when it is submitted.
/// </summary>
public sealed class VisitDraftService(AppDbContext db, SupervisionTargets targets, TimeProvider clock)
{
    /// <summary>A whole form with long texts is far below this; the cap keeps a draft from becoming a file store.</summary>
    public const int MaxFormLength = 100_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The caller's draft in progress for the target, or null.</summary>
    public async Task<VisitDraftDto?> FindAsync(string? targetKind, string? targetId, CancellationToken ct)
    {
        var target = await targets.FindAsync(targetKind, targetId, ct);
        if (target is null) return null;
        var row = await MineFor(targetKind!, target.Id).AsNoTracking().FirstOrDefaultAsync(ct);
        return row is null || row.VisitId is not null ? null : Dto(row, target.Name);
    }

    public async Task<VisitDraftDto> GetAsync(string targetKind, string targetId, CancellationToken ct) =>
        await FindAsync(targetKind, targetId, ct) ?? throw DomainException.NotFound("督导草稿");

    /// <summary>
    /// Saves the form as the caller's draft for the target. A draft already submitted is not written
    /// over (409); a later visit to the same target starts a new draft in its place.
    /// </summary>
    public async Task<VisitDraftDto> SaveAsync(string? targetKind, string? targetId, VisitForm? form, CancellationToken ct)
    {
        if (form is null) throw ValidationFailedException.For("draft", "请提交督导表单的内容");
        var userId = CallerId();
        var draftId = string.IsNullOrWhiteSpace(form.DraftId) ? Core.Ids.New() : form.DraftId.Trim();
        if (!IsId(draftId)) throw ValidationFailedException.For("draftId", "草稿标识不正确，请刷新页面后重试");
        var target = await targets.FindAsync(targetKind, targetId, ct) ?? throw DomainException.NotFound("督导对象");
        var row = await MineFor(targetKind!, target.Id).FirstOrDefaultAsync(ct);
        if (row?.VisitId is not null)
        {
            if (row.Id == draftId) throw DomainException.Conflict("这份草稿已提交为督导记录，请打开督导记录查看");
            db.Remove(row);
            row = null;
        }
        if (row is null)
        {
            row = new VisitDraft { Id = draftId, UserId = userId, RegionCode = target.RegionCode, TargetKind = targetKind!, TargetId = target.Id };
            db.Add(row);
        }
        // Another device's draft for the target stays the one draft; the form adopts its id.
        form.DraftId = row.Id;
        row.Form = JsonSerializer.Serialize(form, Json);
        if (row.Form.Length > MaxFormLength) throw ValidationFailedException.For("draft", "草稿内容过长，请精简文字后再保存");
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another save of the same target's draft (a second tab) inserted it first, or the id is taken.
            throw DomainException.Conflict("草稿已在别处保存，请刷新页面后继续");
        }
        return Dto(row, target.Name);
    }

    /// <summary>放弃草稿: the caller's draft in progress for the target is deleted.</summary>
    public async Task DiscardAsync(string targetKind, string targetId, CancellationToken ct)
    {
        var row = await MineFor(targetKind, targetId).FirstOrDefaultAsync(d => d.VisitId == null, ct) ?? throw DomainException.NotFound("督导草稿");
        db.Remove(row);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The targets the caller has a draft in progress for, so the target list can point to them.</summary>
    public async Task<IReadOnlySet<string>> TargetsWithDraftsAsync(CancellationToken ct) => db.User.UserId is { } userId
        ? (await db.Set<VisitDraft>().Where(d => d.UserId == userId && d.VisitId == null).Select(d => d.TargetId).ToListAsync(ct)).ToHashSet()
        : new HashSet<string>();

    /// <summary>The visit a draft of the caller's became, when it was submitted already.</summary>
    internal Task<string?> SubmittedAsync(string draftId, CancellationToken ct) =>
        db.Set<VisitDraft>().Where(d => d.Id == draftId && d.UserId == db.User.UserId && d.VisitId != null).Select(d => d.VisitId).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Marks the draft submitted as <paramref name="visit"/>, in the visit's save. The row takes the
    /// submitted form's id (another device's draft for the target is replaced), so that posting the
    /// same form again finds it.
    /// </summary>
    internal async Task SubmitAsync(string draftId, Visit visit, CancellationToken ct)
    {
        if (!IsId(draftId)) throw ValidationFailedException.For("draftId", "草稿标识不正确，请刷新页面后重试");
        var userId = CallerId();
        var row = await MineFor(visit.TargetKind, visit.TargetId).FirstOrDefaultAsync(ct);
        if (row is not null && row.Id != draftId)
        {
            db.Remove(row);
            row = null;
        }
        if (row is null)
        {
            row = new VisitDraft { Id = draftId, UserId = userId, RegionCode = visit.RegionCode, TargetKind = visit.TargetKind, TargetId = visit.TargetId };
            db.Add(row);
        }
        row.VisitId = visit.Id;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    private IQueryable<VisitDraft> MineFor(string targetKind, string targetId)
    {
        var userId = db.User.UserId;
        return db.Set<VisitDraft>().Where(d => d.UserId == userId && d.TargetKind == targetKind && d.TargetId == targetId);
    }

    private string CallerId() => db.User.UserId ?? throw DomainException.Forbidden("只有登录的工作人员可以保存督导草稿");

    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    private static VisitDraftDto Dto(VisitDraft row, string targetName) =>
        new(row.Id, row.TargetKind, row.TargetId, targetName, row.UpdatedAt, JsonSerializer.Deserialize<VisitForm>(row.Form, Json) ?? new VisitForm());
}

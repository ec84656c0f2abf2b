using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Protection;
using Dudao.Modules.Complaints.Triage;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dudao.Modules.Complaints.Intake;

public sealed record Submitted(string Id, string ReceiptCode);

/// <summary>
/// Takes a report from any channel into the one queue: checks everything first (nothing is stored
/// on a refusal), triages it (registry match, routing, duplicate flag), seals the reporter's
/// identity and stores it with its evidence in one transaction. Stores nothing about the client.
/// </summary>
public sealed class ComplaintIntake(AppDbContext db, RegionDirectory regions, TargetMatcher matcher, RoutingTable routes,
    DuplicateFinder duplicates, HotTargets hot, RoutingNotices routed, RuleService rules, ReporterCipher cipher, FileStore files, SubmissionKeys keys, TimeProvider clock,
    ILogger<ComplaintIntake> logger)
{
    /// <summary>
    /// A report from the public form or API. With an <c>Idempotency-Key</c>, a retry of the same
    /// report within a day answers the first post's receipt and stores nothing new.
    /// </summary>
    public async Task<Submitted> SubmitAsync(ComplaintInput input, IReadOnlyList<Upload> evidence, string? idempotencyKey, CancellationToken ct)
    {
        if (keys.For(idempotencyKey, input, evidence) is not { } key) return await TakeAsync(input, ComplaintChannels.Web, evidence, null, ct);
        if (await keys.EarlierAsync(key, ct) is { } earlier) return earlier;
        try
        {
            return await TakeAsync(input, ComplaintChannels.Web, evidence, key, ct);
        }
        catch (DbUpdateException)
        {
            // A simultaneous post with the same key stored first: answer with its receipt.
            db.ChangeTracker.Clear();
            if (await keys.EarlierAsync(key, ct) is { } first) return first;
            throw;
        }
    }

    /// <summary>A report staff took by phone, e-mail, WeChat or 信访: only for a county in their scope.</summary>
    public async Task<Submitted> RecordAsync(ComplaintInput input, CancellationToken ct)
    {
        if (!db.User.Has(ComplaintsPermissions.Intake)) throw DomainException.Forbidden("您没有登记举报的权限");
        if (!ComplaintChannels.StaffIntake.Contains(input.Channel))
            throw ValidationFailedException.For("channel", "请选择来源渠道：举报电话、电子邮件、微信或信访");
        return await TakeAsync(input, input.Channel!, [], null, ct);
    }

    private async Task<Submitted> TakeAsync(ComplaintInput input, string channel, IReadOnlyList<Upload> evidence, RetryKey? key, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var countyError = await regions.CheckCountyAsync(input.RegionCode?.Trim(), ct);
        if (countyError is null && channel != ComplaintChannels.Web && !db.User.Scope.Covers(input.RegionCode!.Trim()))
            countyError = Check.RegionOutOfScope(input.RegionCode);
        foreach (var (field, message) in input.Check(countyError)) errors.Add(field, message);
        var attachments = await EvidenceFiles.CheckAsync(evidence, errors, ct);
        errors.ThrowIfAny();

        var regionCode = input.RegionCode!.Trim();
        var targetName = input.TargetName!.Trim();
        var match = await matcher.MatchAsync(regionCode, input.TargetKind!, targetName, ct);
        var targetKey = match?.Id ?? Bigrams.NameKey(targetName);
        var content = input.Content!.Trim();
        var today = clock.Today();
        var settings = await ComplaintsRules.ForAsync(rules, regionCode, ct);

        var code = ReceiptCodes.New();
        var complaint = new Complaint
        {
            ReceiptHash = ReceiptCodes.Hash(code), RegionCode = regionCode, Channel = channel,
            TargetKind = input.TargetKind!, TargetName = targetName,
            MatchedKind = match?.Kind, MatchedId = match?.Id, MatchedName = match?.Name, TargetKey = targetKey,
            Category = input.Category!, Content = content, Anonymous = input.IsAnonymous,
            Department = await routes.DepartmentForAsync(input.Category!, regionCode, ct),
            DuplicateOfId = await duplicates.EarlierCopyAsync(regionCode, targetKey, content, ChinaTime.StartOfDayUtc(today.AddDays(-settings.DuplicateWindowDays)), ct),
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
            AcceptDeadline = today.AddDays(settings.AcceptDays),
        };
        db.Add(complaint);
        if (input.Identity is { } identity)
            db.Add(new ComplaintReporter { ComplaintId = complaint.Id, RegionCode = regionCode, Sealed = cipher.Seal(identity, complaint.Id) });
        // No target: the reported school or institution must never see what a reporter uploaded.
        foreach (var file in attachments) files.Add(file, EvidenceFiles.OwnerKind, complaint.Id, regionCode, null);
        if (key is not null) await keys.AddAsync(key, complaint, code, ct);
        await routed.ReceivedAsync(complaint, ct);
        await db.SaveChangesAsync(ct);
        await NoteIfHotAsync(complaint, settings, ct);
        return new Submitted(complaint.Id, code);
    }

    /// <summary>
    /// The hot-target notice, once the complaint is committed: of simultaneous reports about one target,
    /// the last to commit counts them all (counted before, none would see the others). Its failure must
    /// never refuse the complaint: the reporter would get an error instead of a receipt over a reminder to staff.
    /// </summary>
    private async Task NoteIfHotAsync(Complaint complaint, ComplaintSettings settings, CancellationToken ct)
    {
        try
        {
            if (await hot.NotifyIfHotAsync(complaint, settings, ct)) await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The hot-target check for complaint {ComplaintId} failed; the complaint is filed without it", complaint.Id);
        }
    }
}

using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Escalation.Records;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Letterheads;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Docket;

/// <param name="Content">The .docx.</param>
public sealed record EscalationDocument(byte[] Content, string FileName);

/// <summary>
/// The document an escalation is issued as — a 通报 (also for 通报表扬), a 约谈通知书 or a 督办单 — under
/// the letterhead of the office whose staff decided it, numbered once.
/// </summary>
public sealed class EscalationDocuments(AppDbContext db, EscalationService escalations, LetterheadService letterheads, RegionDirectory regions, TimeProvider clock)
{
    public const string DocumentKind = "escalation";

    /// <summary>The name of the level's document, or null for a level that has none (问责, 曝光).</summary>
    public static string? NameOf(string level) => level switch
    {
        EscalationLevels.Notice or EscalationLevels.Commendation => "通报",
        EscalationLevels.Interview => "约谈通知书",
        EscalationLevels.Listed => "督办单",
        _ => null,
    };

    /// <exception cref="DomainException">409 when the level has no document; 404 when missing or out of scope.</exception>
    public async Task<EscalationDocument> BuildAsync(string id, CancellationToken ct)
    {
        var record = await escalations.RecordAsync(id, ct);
        var name = NameOf(record.Level) ?? throw DomainException.Conflict($"{EscalationLevels.Label(record.Level)}没有文书；通报、约谈和挂牌督办才有");
        return await BuildAsync(record, name, ct);
    }

    /// <summary>The 督办单 only (the older route): other levels answer 409.</summary>
    public async Task<EscalationDocument> DocketAsync(string id, CancellationToken ct)
    {
        var record = await escalations.RecordAsync(id, ct);
        return record.Level == EscalationLevels.Listed ? await BuildAsync(record, "督办单", ct) : throw DomainException.Conflict("只有挂牌督办有督办单");
    }

    private async Task<EscalationDocument> BuildAsync(EscalationRecord record, string name, CancellationToken ct)
    {
        // The deciding office is the one of the account that recorded it; the target's region when that account is gone.
        var office = await db.Set<User>().IgnoreQueryFilters().Where(u => u.UserName == record.CreatedBy).Select(u => u.RegionCode).FirstOrDefaultAsync(ct)
                     ?? record.RegionCode;
        var header = await letterheads.IssueAsync(DocumentKind, record.Id, office, ct);
        var problems = await escalations.ProblemsAsync(record.Id, ct);
        var regionName = await regions.NameAsync(record.RegionCode, ct);
        var content = record.Level switch
        {
            EscalationLevels.Listed => DocketDocument.Build(record, problems, regionName, header, clock.Today()),
            EscalationLevels.Interview => InterviewNoticeDocument.Build(record, problems, header),
            _ => NoticeDocument.Build(record, problems, regionName, header),
        };
        return new EscalationDocument(content, $"{name}-{record.TargetDisplay}.docx");
    }
}

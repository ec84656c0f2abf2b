using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Lifecycle;

/// <summary>
/// Moves a problem along its lifecycle: who may take each step is decided here (the responsible
/// unit plans and submits evidence; the problem's inspector or a verifying office verifies, never the
/// responsible unit), what is legal by <see cref="ProblemLifecycle"/>. Each step is a history row
/// and an audited change of the problem, saved together with the notice it sends.
/// </summary>
public sealed class LifecycleService(AppDbContext db, FileStore files, NoticeService notices, ProblemRecipients recipients,
    RuleService rules, WorkCalendar calendar, LedgerService ledger, TimeProvider clock)
{
    private const int NoteLength = 2000;

    public async Task<ProblemDto> PlanAsync(string id, StepInput input, CancellationToken ct)
    {
        var problem = await LoadAsync(id, input.Version, ct);
        if (!db.User.MayRespond(problem)) throw DomainException.Forbidden("只有负责整改的单位可以提交整改方案");
        var plan = Note(input.Note, "note", "请填写整改方案（措施、责任人、完成时限）");
        db.Add(problem.SubmitPlan(plan, Now, db.User.UserName));
        // The plan is not a verification step (ADR-020); its verifier reads it early so a weak plan is caught before the evidence.
        await notices.SendAsync(await recipients.VerifierAsync(problem, ct), "整改方案已提交",
            $"{problem.TargetName}：{Short(problem.Description)} 已提交整改方案，期限 {problem.Deadline:yyyy-MM-dd}", ProblemRecipients.Link(problem), null, ct);
        await db.SaveChangesAsync(ct);
        return await ledger.GetAsync(id, ct);
    }

    public async Task<ProblemDto> EvidenceAsync(string id, StepInput input, IReadOnlyList<Upload> uploads, CancellationToken ct)
    {
        var problem = await LoadAsync(id, input.Version, ct);
        if (!db.User.MayRespond(problem)) throw DomainException.Forbidden("只有负责整改的单位可以提交整改佐证材料");
        if (uploads.Count > ProblemFiles.MaxFiles) throw ValidationFailedException.For("files", $"一次最多上传 {ProblemFiles.MaxFiles} 个文件");
        // Every file is checked before anything is stored; the bytes are written with the step's save.
        var errors = new ValidationErrors();
        var attachments = await FileStore.ReadAllAsync(uploads, "files", errors, ct);
        errors.ThrowIfAny();
        var step = problem.SubmitEvidence(Note(input.Note, "note", "请说明整改完成情况"), Now, db.User.UserName);
        foreach (var file in attachments) files.Add(file, ProblemFiles.OwnerKind, step.Id, problem.RegionCode, problem.TargetId);
        db.Add(step);
        await notices.SendAsync(await recipients.VerifierAsync(problem, ct), "整改待核验", $"{problem.TargetName}：{Short(problem.Description)} 已提交整改佐证，请核验", ProblemRecipients.Link(problem), null, ct);
        await db.SaveChangesAsync(ct);
        return await ledger.GetAsync(id, ct);
    }

    public async Task<ProblemDto> VerifyAsync(string id, VerifyInput input, CancellationToken ct)
    {
        var problem = await LoadAsync(id, input.Version, ct);
        EnsureMayVerify(problem);
        var passed = Passed(input);
        var note = passed ? Optional(input.Note) : Note(input.Note, "note", "核验未通过时请写明原因");
        var followUpOn = clock.Today().AddDays(await rules.GetAsync(RectificationRules.FollowUpDays, problem.RegionCode, ct));
        db.Add(problem.Verify(passed, note, Now, db.User.UserName, followUpOn));
        if (!passed)
            await notices.SendAsync(ProblemRecipients.Responsible(problem), "整改核验未通过", $"{Short(problem.Description)}：{note}", ProblemRecipients.Link(problem), null, ct);
        await db.SaveChangesAsync(ct);
        return await ledger.GetAsync(id, ct);
    }

    public async Task<ProblemDto> FollowUpAsync(string id, VerifyInput input, CancellationToken ct)
    {
        var problem = await LoadAsync(id, input.Version, ct);
        EnsureMayVerify(problem);
        var passed = Passed(input);
        var note = passed ? Optional(input.Note) : Note(input.Note, "note", "回头看未通过时请写明发现的问题");
        var today = clock.Today();
        var deadline = await calendar.AddWorkingDaysAsync(today, await rules.GetAsync(RectificationRules.DeadlineKey(problem.Severity), problem.RegionCode, ct), ct);
        db.Add(problem.FollowUp(passed, note, Now, db.User.UserName, deadline));
        if (!passed)
            await notices.SendAsync(ProblemRecipients.Responsible(problem), "回头看发现问题反弹，请重新整改", $"{Short(problem.Description)}：{note}", ProblemRecipients.Link(problem), null, ct);
        await db.SaveChangesAsync(ct);
        return await ledger.GetAsync(id, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<Problem> LoadAsync(string id, int? version, CancellationToken ct)
    {
        var problem = await db.Set<Problem>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("问题");
        if (version is { } v) db.ExpectVersion(problem, v);
        return problem;
    }

    private void EnsureMayVerify(Problem problem)
    {
        if (db.User.IsResponsibleFor(problem)) throw DomainException.Forbidden("不能核验本单位负责整改的问题：核验须由责任督学或督导部门进行");
        if (!db.User.MayVerify(problem)) throw DomainException.Forbidden("只有该问题的责任督学或督导部门可以核验");
    }

    private static bool Passed(VerifyInput input) =>
        input.Passed ?? throw ValidationFailedException.For("passed", "请选择核验结果：通过或不通过");

    private static string Note(string? note, string field, string missing)
    {
        if (string.IsNullOrWhiteSpace(note)) throw ValidationFailedException.For(field, missing);
        ValidationFailedException.ThrowIf(field, Check.Length(note, NoteLength, ""));
        return note.Trim();
    }

    private static string Optional(string? note) => string.IsNullOrWhiteSpace(note) ? "" : Note(note, "note", "");

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
}

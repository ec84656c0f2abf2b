using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Data;
using Dudao.Modules.Escalation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Suggestions;

public sealed record SuggestionDto(string Id, string RegionCode, string TargetKind, string TargetId, string TargetName, string? TargetUnit, string Level,
    string Rule, string Reason, IReadOnlyList<string> ProblemIds, string Status, DateTime CreatedAt, DateTime? DecidedAt, string? DecidedBy,
    string? DecisionNote, string? EscalationId, string? ProposedBy)
{
    public static SuggestionDto From(EscalationSuggestion s) =>
        new(s.Id, s.RegionCode, s.TargetKind, s.TargetId, s.TargetName, s.TargetUnit, s.Level, s.Rule, s.Reason,
            s.ProblemIds.Split(',', StringSplitOptions.RemoveEmptyEntries), s.Status, s.CreatedAt, s.DecidedAt, s.DecidedBy, s.DecisionNote, s.EscalationId,
            s.ProposedBy);
}

/// <summary>The suggestions an office confirms (by recording the escalation) or dismisses.</summary>
public sealed class SuggestionService(AppDbContext db, SuggestionEngine engine, TimeProvider clock)
{
    public async Task<PagedList<SuggestionDto>> ListAsync(string? status, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<EscalationSuggestion>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(s => s.Status == status);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedList<SuggestionDto>(rows.Select(SuggestionDto.From).ToList(), total, page.Page, page.PageSize);
    }

    public async Task<SuggestionDto> GetAsync(string id, CancellationToken ct) =>
        SuggestionDto.From(await db.Set<EscalationSuggestion>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("升级建议"));

    /// <summary>Runs the rules now over the caller's scope.</summary>
    public async Task<int> ComputeAsync(CancellationToken ct)
    {
        var created = await engine.ComputeAsync(ct);
        await db.SaveChangesAsync(ct);
        return created.Count;
    }

    public async Task<SuggestionDto> DismissAsync(string id, string? note, CancellationToken ct)
    {
        var suggestion = await db.Set<EscalationSuggestion>().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("升级建议");
        if (suggestion.Status != SuggestionStatuses.Pending) throw DomainException.Conflict("该建议已处理");
        ValidationFailedException.ThrowIf("note", Check.Length(note, 500, "说明"));
        suggestion.Status = SuggestionStatuses.Dismissed;
        suggestion.DecidedAt = clock.GetUtcNow().UtcDateTime;
        suggestion.DecidedBy = db.User.UserName;
        suggestion.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(ct);
        return SuggestionDto.From(suggestion);
    }
}

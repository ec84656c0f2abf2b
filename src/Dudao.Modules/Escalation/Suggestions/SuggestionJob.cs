using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;

namespace Dudao.Modules.Escalation.Suggestions;

/// <summary>
/// Every morning after the overdue job: applies the escalation rules everywhere and tells each county
/// office of its new suggestions, saved together.
/// </summary>
internal sealed class SuggestionJob(AppDbContext db, SuggestionEngine engine, NoticeService notices) : IScheduledJob
{
    public string Name => "escalation-suggestions";
    public string Title => "生成问责升级建议";
    public JobSchedule Schedule => JobSchedule.Daily(7, 30);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var created = await engine.ComputeAsync(ct);
        foreach (var s in created)
        {
            await notices.SendAsync(new NoticeRecipient(OrgKinds.Office, s.RegionCode, null), $"建议{EscalationLevels.Label(s.Level)}：{TargetKinds.Display(s.TargetName, s.TargetUnit)}",
                s.Reason, "/staff/escalations/suggestions", $"escalation-suggestion:{s.Id}", ct);
        }
        await db.SaveChangesAsync(ct);
        return $"新增升级建议 {created.Count} 条";
    }
}

using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Surveys.Domain;

/// <summary>
/// A monitoring round: a province, city or county office asks its subtree's schools a questionnaire
/// between two days (China time). An office below the owner sees the round and its own schools' results.
/// </summary>
public sealed class SurveyRound : IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The owning office's region: the round covers the schools below it.</summary>
    public string OwnerRegion { get; init; } = "";
    public string Title { get; set; } = "";
    public string QuestionnaireId { get; init; } = "";
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    /// <summary>Comma-separated <see cref="Domain.Audiences"/>.</summary>
    public string Audiences { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> AudienceList => Domain.Audiences.Split(Audiences);

    /// <summary>Why the round takes no answer on <paramref name="today"/>, or null when it is open.</summary>
    public string? Refusal(DateOnly today) =>
        ClosedAt is not null ? $"问卷“{Title}”已结束，不再收集答卷"
        : today < From ? $"问卷“{Title}”将于 {From:yyyy-MM-dd} 开始填写"
        : today > To ? $"问卷“{Title}”已于 {To:yyyy-MM-dd} 截止"
        : null;

    public string StatusLabel(DateOnly today) =>
        ClosedAt is not null || today > To ? "已结束" : today < From ? "未开始" : "进行中";
}

/// <summary>
/// The link one school's respondents of one audience share; its token is the only thing the public form
/// knows, so the answer is counted for the school without knowing who gave it.
/// </summary>
public sealed class SurveyLink : IRegionScoped
{
    public string Id { get; init; } = Core.Ids.New();
    public string RoundId { get; init; } = "";
    public string SchoolId { get; init; } = "";

    /// <summary>The school's county.</summary>
    public string RegionCode { get; init; } = "";
    public string Audience { get; init; } = "";
    public string Token { get; init; } = "";
}

using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.InstitutionHistory;

/// <param name="Label">The step as people read it: "正常 → 停办", "登记（正常）", "黑机构", "变更".</param>
public sealed record InstitutionEventDto(string Id, string Kind, string Label, string? From, string? To, DateOnly On, string Reason,
    string? Details, string? DocumentId, DateTime RecordedAt, string RecordedBy)
{
    public string OnText() => On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static InstitutionEventDto Of(InstitutionEvent e) =>
        new(e.Id, e.Kind, InstitutionEventKinds.Label(e), e.FromState, e.ToState, e.OccurredOn, e.Reason, e.Details, e.DocumentId, e.RecordedAt, e.RecordedBy);
}

/// <summary>The institution as the registry holds it, with its dated history (newest first) and the steps it may take next.</summary>
public sealed record InstitutionHistoryDto(string Id, string Uscc, string Name, string Category, string? Kind, string Profit, string Mode,
    string Licence, string Status, string RegionCode, string? RegionName, string? Address, int Version,
    IReadOnlyList<InstitutionEventDto> History, IReadOnlyList<string> Next)
{
    public static InstitutionHistoryDto From(Institution i, string? regionName, IEnumerable<InstitutionEvent> history) =>
        new(i.Id, i.Uscc, i.Name, i.Category, i.Kind, i.Profit, i.Mode, i.Licence, i.Status, i.RegionCode, regionName, i.Address, i.Version,
            [.. history.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.RecordedAt).Select(InstitutionEventDto.Of)],
            InstitutionLifecycle.Next(i));
}

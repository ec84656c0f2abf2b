namespace Dudao.Modules.Teams.Joint;

public sealed record TargetChoice(string? Kind, string? Id);

/// <summary>A partner on the team: a new account (with its password) or, without a password, an existing partner account of the office.</summary>
public sealed record PartnerInput(string? UserName, string? DisplayName, string? Agency, string? Password);

public sealed record JointInput(string? Name, DateOnly? From, DateOnly? To, List<TargetChoice>? Targets, List<PartnerInput>? Partners);

public sealed record JointTargetDto(string Kind, string Id, string Name, string RegionCode);

public sealed record PartnerDto(string UserName, string DisplayName, string? Agency);

/// <param name="Status">planned 未开始, active 进行中, ended 已结束.</param>
public sealed record JointTeamDto(string Id, string RegionCode, string Name, DateOnly From, DateOnly To, string Status,
    IReadOnlyList<JointTargetDto> Targets, IReadOnlyList<PartnerDto> Partners);

/// <summary>What a partner records at one of the team's targets: the visit's date and summary and the problems found.</summary>
public sealed record JointFindingInput(string? TargetId, DateOnly? Date, string? Summary, List<JointFinding>? Findings);

/// <param name="Severity">low 一般, medium 较重, high 严重, as problems take them.</param>
public sealed record JointFinding(string? Text, string? Severity);

public sealed record JointVisitRecorded(string VisitId, IReadOnlyList<string> ProblemIds);

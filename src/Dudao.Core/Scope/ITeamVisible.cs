namespace Dudao.Core.Scope;

/// <summary>
/// A record an inspection team's dated grant opens to its members (ADR-112): the targets themselves
/// and what a visit needs of them — visits, problems, their steps and files. Everything else
/// (plans, complaints, returns, settings, accounts) stays within the member's home scope.
/// </summary>
public interface ITeamVisible : IRegionScoped;

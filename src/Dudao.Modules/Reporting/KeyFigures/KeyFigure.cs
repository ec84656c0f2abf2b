namespace Dudao.Modules.Reporting.KeyFigures;

/// <summary>One number on the caller's 工作台, with the page that explains it.</summary>
/// <param name="Key">Stable name, e.g. <c>coverage</c>, <c>rectification-rate</c>, <c>returns-outstanding</c>.</param>
/// <param name="Value">As shown: "85.0%", "3".</param>
/// <param name="Rate">A rate as a fraction (drawn as a gauge); null for a count or with nothing to divide by.</param>
public sealed record KeyFigure(string Key, string Label, string Value, double? Rate, string? Note, string? Link);

/// <summary>
/// A module's share of the caller's key figures (工作台), like <c>ITodoSource</c> for to-dos: each source looks
/// at the caller's unit, inside its data scope, and returns nothing for a unit it has no figure for.
/// </summary>
public interface IKeyFigureSource
{
    Task<IReadOnlyList<KeyFigure>> FiguresAsync(CancellationToken ct);
}

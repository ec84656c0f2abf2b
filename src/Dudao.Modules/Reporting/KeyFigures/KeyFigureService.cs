namespace Dudao.Modules.Reporting.KeyFigures;

/// <summary>The caller's key figures from every source, in the order the modules registered them.</summary>
public sealed class KeyFigureService(IEnumerable<IKeyFigureSource> sources)
{
    public async Task<IReadOnlyList<KeyFigure>> ListAsync(CancellationToken ct)
    {
        var all = new List<KeyFigure>();
        foreach (var source in sources) all.AddRange(await source.FiguresAsync(ct));
        return all;
    }
}

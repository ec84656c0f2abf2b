using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Import;

/// <summary>
/// The import template (headers only) and exports of a registry with the same headers, in the caller's
/// scope; an export adds the region's name beside its code, a column the import ignores.
/// </summary>
public sealed class SpreadsheetExporter(AppDbContext db, RegionDirectory regions)
{
    public const string RegionNameHeader = "行政区划名称";

    public static byte[] Template<TInput, TEntity>(IImportDefinition<TInput, TEntity> definition)
        where TEntity : class, IScopeTarget, IVersioned
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, definition.Noun, definition.Headers, []);
        return buffer.ToArray();
    }

    /// <summary>Records under <paramref name="regionCode"/> (all when empty); the data-scope filter keeps them to the caller's subtree.</summary>
    public async Task<byte[]> ExportAsync<TInput, TEntity>(IImportDefinition<TInput, TEntity> definition, string? regionCode, CancellationToken ct)
        where TEntity : class, IScopeTarget, IVersioned
    {
        var query = db.Set<TEntity>().AsNoTracking().InRegion(regionCode);
        var codeColumn = definition.FieldHeaders.TryGetValue("regionCode", out var codeHeader) ? definition.Headers.ToList().IndexOf(codeHeader) : -1;
        var rows = new List<IReadOnlyList<object?>>();
        await foreach (var entity in query.OrderBy(e => e.RegionCode).ThenBy(definition.Key).AsAsyncEnumerable().WithCancellation(ct))
        {
            var row = definition.ExportRow(entity);
            rows.Add(codeColumn < 0 ? row : [.. row.Take(codeColumn + 1), await regions.NameAsync(entity.RegionCode, ct), .. row.Skip(codeColumn + 1)]);
        }
        IReadOnlyList<string> headers = codeColumn < 0 ? definition.Headers
            : [.. definition.Headers.Take(codeColumn + 1), RegionNameHeader, .. definition.Headers.Skip(codeColumn + 1)];
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, definition.Noun, headers, rows);
        return buffer.ToArray();
    }
}

using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Import;

/// <summary>The import template (headers only) and exports of a registry with the same headers, in the caller's scope.</summary>
public sealed class SpreadsheetExporter(AppDbContext db)
{
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
        var rows = new List<IReadOnlyList<object?>>();
        await foreach (var entity in query.OrderBy(e => e.RegionCode).ThenBy(definition.Key).AsAsyncEnumerable().WithCancellation(ct))
            rows.Add(definition.ExportRow(entity));
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, definition.Noun, definition.Headers, rows);
        return buffer.ToArray();
    }
}

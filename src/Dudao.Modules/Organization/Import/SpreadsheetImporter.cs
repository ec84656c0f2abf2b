using System.Text.Json;
using Dudao.Core;
using Dudao.Core.Entities;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Data.Audit;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dudao.Modules.Organization.Import;

/// <summary>
/// Imports a registry's .xlsx all-or-nothing: every row is checked with the registry's own rules,
/// plus duplicates within the file, blank rows in the middle and keys that belong to records
/// outside the caller's scope. Rows are streamed from the sheet into the bulk writer inside one
/// transaction; when any row is bad the transaction is rolled back and every bad row is reported
/// (up to <see cref="SpreadsheetLimits.MaxRowErrors"/>, the rest counted). One audit entry records the import.
/// </summary>
public sealed class SpreadsheetImporter(AppDbContext db, TimeProvider clock, IOptions<SpreadsheetLimits> limits)
{
    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An uploaded file (API or page); no file is a 400 like any missing field.</summary>
    public async Task<ImportResult> ImportAsync<TInput, TEntity>(IImportDefinition<TInput, TEntity> definition, IFormFile? file, CancellationToken ct)
        where TEntity : class, IScopeTarget, IVersioned
    {
        if (file is not { Length: > 0 }) throw ValidationFailedException.For("file", "请选择要导入的 .xlsx 文件");
        await using var stream = file.OpenReadStream();
        return await ImportAsync(definition, stream, file.FileName, ct);
    }

    public async Task<ImportResult> ImportAsync<TInput, TEntity>(IImportDefinition<TInput, TEntity> definition, Stream file, string fileName, CancellationToken ct)
        where TEntity : class, IScopeTarget, IVersioned
    {
        using var sheet = XlsxReader.Open(file, limits.Value);
        var headers = HeaderMap.From(sheet.Read(), definition.Headers.Except(definition.OptionalHeaders.Keys));
        var kept = definition.KeptOnUpdate.Concat(definition.OptionalHeaders.Where(h => !headers.Has(h.Key)).Select(h => h.Value)).ToList();
        var scope = db.User.Scope;
        var errors = new RowErrors(limits.Value.MaxRowErrors);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var updates = new List<TEntity>();
        var inserted = 0;
        var lastRow = 1;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync<TEntity>(ct);
        var existing = await definition.Existing(db).ToDictionaryAsync(e => e.Key, StringComparer.Ordinal, ct);
        await definition.PrepareAsync(ct);
        await using var writer = await ImportWriter<TEntity>.OpenAsync(db, kept, ct);

        while (sheet.Read() is { } row)
        {
            if (row.IsEmpty) continue;
            if (row.Number > lastRow + 1) errors.Add(BlankRows(lastRow + 1, row.Number - 1));
            lastRow = row.Number;
            errors.AddRange(headers.ForbiddenText(row));

            var input = definition.Read(new RowValues(headers, row));
            foreach (var (field, message) in await definition.CheckAsync(input, scope, ct))
                errors.Add(new RowError(row.Number, definition.FieldHeaders.GetValueOrDefault(field), message));
            var key = definition.KeyOf(input);
            ExistingRecord? found = null;
            if (key is not null)
            {
                if (!firstRowOf.TryAdd(key, row.Number))
                    errors.Add(new RowError(row.Number, definition.KeyHeader, $"{definition.KeyHeader}“{key}”与第{firstRowOf[key]}行重复"));
                else if (existing.TryGetValue(key, out found) && !scope.Covers(found.RegionCode))
                    errors.Add(new RowError(row.Number, definition.KeyHeader, $"{definition.KeyHeader}“{key}”已属于您管理范围以外的{definition.Noun}"));
            }
            // After the first error nothing more is written: the rows only get checked.
            if (errors.Count > 0) continue;

            var entity = definition.Create(found?.Id, input);
            if (found is null)
            {
                writer.Insert(entity);
                inserted++;
            }
            else
            {
                updates.Add(entity);
            }
        }
        if (lastRow == 1) errors.Add(new RowError(2, null, "文件中没有数据：第2行起应为数据行"));
        errors.ThrowIfAny();

        await writer.CompleteInsertsAsync(ct);
        await writer.UpdateAsync(updates, ct);
        await definition.AddBesideAsync(ct);
        db.Add(Audit<TEntity>(fileName, inserted, updates.Count));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ImportResult(inserted, updates.Count);
    }

    /// <summary>One error for a run of blank rows, however long: a row numbered far below the last is one mistake.</summary>
    private static RowError BlankRows(int first, int last) => first == last
        ? new RowError(first, null, $"第{first}行是空行：数据之间不能有空行")
        : new RowError(first, null, $"第{first}行至第{last}行是空行：数据之间不能有空行");

    /// <summary>
    /// Imports of one registry take turns, so the keys read at the start stay true until the commit.
    /// (SQLite's write transaction already excludes other writers.)
    /// </summary>
    private async Task LockAsync<TEntity>(CancellationToken ct) where TEntity : class
    {
        if (!db.Database.IsNpgsql()) return;
        var sql = "LOCK TABLE " + db.Model.FindEntityType(typeof(TEntity))!.GetTableName() + " IN SHARE ROW EXCLUSIVE MODE";
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    private AuditEntry Audit<TEntity>(string fileName, int inserted, int updated) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        UserName = db.User.UserName,
        RegionCode = db.User.RegionCode,
        Action = "import",
        EntityType = typeof(TEntity).Name,
        EntityId = Ids.New(),
        Changes = JsonSerializer.Serialize(new { file = fileName, imported = inserted, updated }, AuditJson),
    };
}

using System.Linq.Expressions;
using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data;

namespace Dudao.Modules.Organization.Import;

/// <summary>
/// What one registry plugs into spreadsheet import and export: its columns, how a row becomes its
/// input, the input's own rules (the same ones the form and the API use), and how it lands on an entity.
/// </summary>
public interface IImportDefinition<TInput, TEntity> where TEntity : class, IScopeTarget, IVersioned
{
    /// <summary>What a row is, for messages: "学校".</summary>
    string Noun { get; }

    /// <summary>Column headers in template and export order.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>Input field → header, so a rule's field names the column the user sees.</summary>
    IReadOnlyDictionary<string, string> FieldHeaders { get; }

    /// <summary>The header of the natural key that is unique across the country (学校标识码).</summary>
    string KeyHeader { get; }

    /// <summary>Properties the sheet has no column for, which an import leaves as they are on existing records.</summary>
    IReadOnlyCollection<string> KeptOnUpdate { get; }

    /// <summary>
    /// Headers (among <see cref="Headers"/>) a file may leave out, each with the property it fills: columns
    /// added later, so older files still import; a missing one leaves that property as it is on existing records.
    /// </summary>
    IReadOnlyDictionary<string, string> OptionalHeaders => new Dictionary<string, string>();

    /// <summary>The natural key, for ordering exports.</summary>
    Expression<Func<TEntity, string>> Key { get; }

    /// <summary>Loads what the rules need for every row (zones, the region table) before the rows are read.</summary>
    Task PrepareAsync(CancellationToken ct);

    TInput Read(RowValues row);

    string? KeyOf(TInput input);

    Task<IEnumerable<(string Field, string Message)>> CheckAsync(TInput input, DataScope scope, CancellationToken ct);

    /// <summary>A new entity, or one standing for the existing record <paramref name="existingId"/>, holding the input.</summary>
    TEntity Create(string? existingId, TInput input);

    /// <summary>Every record's key, id and county, ignoring data scope: keys are unique across the country.</summary>
    IQueryable<ExistingRecord> Existing(AppDbContext db);

    IReadOnlyList<object?> ExportRow(TEntity entity);

    /// <summary>
    /// Rows the import adds beside the records once every row is good, inside its transaction (an institution's dated
    /// steps); nothing by default.
    /// </summary>
    Task AddBesideAsync(CancellationToken ct) => Task.CompletedTask;
}

public sealed record ExistingRecord(string Key, string Id, string RegionCode);

using System.Linq.Expressions;
using Dudao.Core.Entities;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Import;

/// <summary>
/// An entity's table and columns as the EF model maps them, with compiled getters, so the bulk
/// writers stay in step with the model without naming a column by hand.
/// </summary>
internal sealed class EntityTable<TEntity> where TEntity : class, IVersioned
{
    private readonly IReadOnlyCollection<string> _keptOnUpdate;

    private EntityTable(string name, IReadOnlyList<TableColumn<TEntity>> columns, string key, string version, IReadOnlyCollection<string> keptOnUpdate)
    {
        Name = name;
        Columns = columns;
        KeyColumn = key;
        VersionColumn = version;
        _keptOnUpdate = keptOnUpdate;
    }

    public string Name { get; }
    public IReadOnlyList<TableColumn<TEntity>> Columns { get; }
    public string KeyColumn { get; }
    public string VersionColumn { get; }

    /// <summary>
    /// Columns an update sets from the row: all but the key, the version (which goes up by one) and
    /// the properties the sheet does not carry.
    /// </summary>
    public IEnumerable<TableColumn<TEntity>> Updated =>
        Columns.Where(c => c.Name != KeyColumn && c.Name != VersionColumn && !_keptOnUpdate.Contains(c.Property));

    public static EntityTable<TEntity> For(AppDbContext db, IReadOnlyCollection<string> keptOnUpdate)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped");
        var parameter = Expression.Parameter(typeof(TEntity), "e");
        var columns = entity.GetProperties()
            .Select(p => new TableColumn<TEntity>(
                p.GetColumnName(),
                p.Name,
                Expression.Lambda<Func<TEntity, object?>>(
                    Expression.Convert(Expression.Property(parameter, p.PropertyInfo!), typeof(object)), parameter).Compile()))
            .ToList();
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName();
        var version = entity.FindProperty(nameof(IVersioned.Version))!.GetColumnName();
        return new EntityTable<TEntity>(entity.GetTableName()!, columns, key, version, keptOnUpdate);
    }
}

internal sealed record TableColumn<TEntity>(string Name, string Property, Func<TEntity, object?> Get);

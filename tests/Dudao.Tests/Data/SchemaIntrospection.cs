using System.Data.Common;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Data;

/// <summary>Reads a database's tables, columns and indexes into comparable lines.</summary>
internal static class SchemaIntrospection
{
    public static async Task<List<string>> DescribeAsync(AppDbContext db)
    {
        var lines = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        if (db.Database.IsNpgsql())
        {
            await ReadAsync(connection, """
                SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || '(' || coalesce(character_maximum_length::text, '') || ') ' || is_nullable
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
                """, lines);
            await ReadAsync(connection, """
                SELECT 'index ' || t.relname || '.' || i.relname || ' unique=' || ix.indisunique || ' (' || string_agg(a.attname, ',' ORDER BY k.ord) || ')'
                FROM pg_index ix
                JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                WHERE n.nspname = 'public' AND t.relname <> 'schema_migrations'
                GROUP BY t.relname, i.relname, ix.indisunique
                """, lines);
        }
        else
        {
            var tables = new List<string>();
            await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'", tables);
            foreach (var table in tables)
            {
                await ReadAsync(connection, $"SELECT 'column {table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')", lines);
                await ReadAsync(connection, $"""
                    SELECT 'index {table}.' || il.name || ' unique=' || il."unique" || ' (' || (SELECT group_concat(name, ',') FROM pragma_index_info(il.name)) || ')'
                    FROM pragma_index_list('{table}') il
                    """, lines);
            }
        }
        await db.Database.CloseConnectionAsync();
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task ReadAsync(DbConnection connection, string sql, List<string> into)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) into.Add(reader.GetString(0));
    }
}

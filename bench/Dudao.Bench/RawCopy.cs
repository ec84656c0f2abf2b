using Dudao.Modules.Organization.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Dudao.Bench;

/// <summary>The baseline: schools already in memory, straight into the table with one binary COPY.</summary>
internal static class RawCopy
{
    public static async Task<int> RunAsync(string connectionString, IReadOnlyList<School> schools)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY schools (id, code, name, type, ownership, region_code, zone, pupils, teachers, version) FROM STDIN (FORMAT BINARY)");
        foreach (var s in schools)
        {
            copy.StartRow();
            copy.Write(s.Id, NpgsqlDbType.Varchar);
            copy.Write(s.Code, NpgsqlDbType.Varchar);
            copy.Write(s.Name, NpgsqlDbType.Varchar);
            copy.Write(s.Type, NpgsqlDbType.Varchar);
            copy.Write(s.Ownership, NpgsqlDbType.Varchar);
            copy.Write(s.RegionCode, NpgsqlDbType.Varchar);
            if (s.Zone is null) copy.WriteNull();
            else copy.Write(s.Zone, NpgsqlDbType.Varchar);
            copy.Write(s.Pupils, NpgsqlDbType.Integer);
            copy.Write(s.Teachers, NpgsqlDbType.Integer);
            copy.Write(s.Version, NpgsqlDbType.Integer);
        }
        return (int)await copy.CompleteAsync();
    }
}

using System.Text.Json;

namespace Dudao.Modules.SchoolAffairs.Domain;

/// <summary>A limit a school's published entry breaks, by rule code, with the message that names the row.</summary>
public sealed record Breach(string Rule, string Message)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<Breach> breaches) => JsonSerializer.Serialize(breaches, Json);

    public static IReadOnlyList<Breach> Read(string json) => JsonSerializer.Deserialize<List<Breach>>(json, Json) ?? [];
}

/// <summary>A published entry that may break a limit and from which the office may open one problem.</summary>
public interface IFlaggable
{
    string Id { get; }
    string RegionCode { get; }
    string TargetId { get; }
    /// <summary>The breaches as JSON (<see cref="Breach.Write"/>); "[]" for none.</summary>
    string Violations { get; }
    string? ProblemId { get; set; }
}

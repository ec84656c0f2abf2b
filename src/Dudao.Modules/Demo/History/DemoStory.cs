using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>What the history is written about, and the one random source every part draws from in turn.</summary>
internal sealed record DemoStory(
    Random Random, DateOnly Today, DateTime Now, IReadOnlyList<School> Schools, IReadOnlyList<Institution> Institutions,
    IReadOnlyDictionary<string, Inspector> Inspectors, IReadOnlyDictionary<string, string> AssignedInspector,
    IReadOnlyList<Department> Departments, string SchoolTemplateId, string InstitutionTemplateId, string DuxueInspectorId)
{
    public static readonly string[] Counties = [DemoData.Jiulongpo, DemoData.Shapingba];

    /// <summary>The default 月月督 season (April–November, ADR-050): visits fall inside it.</summary>
    public const int SeasonStart = 4, SeasonEnd = 11;

    public static string Office(string county) => county == DemoData.Jiulongpo ? "jlp-admin" : "spb-admin";

    public DateOnly DaysAgo(int days) => Today.AddDays(-days);

    /// <summary>A moment of a China-time day, as the UTC the database keeps.</summary>
    public DateTime At(DateOnly day, int hour) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, Random.Next(0, 60))).AddHours(-8), DateTimeKind.Utc);

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public bool Chance(double p) => Random.NextDouble() < p;

    public Department Department(string county, string name) => Departments.First(d => d.RegionCode == county && d.Name == name);
}

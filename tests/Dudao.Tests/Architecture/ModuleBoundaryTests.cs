using System.Text.RegularExpressions;
using Dudao.Modules;
using NetArchTest.Rules;

namespace Dudao.Tests.Architecture;

/// <summary>
/// Modules use each other only through what they publish: the module's root namespace (its
/// module class and permissions), its <c>Domain</c>, and the namespaces listed here. Feature folders
/// (handlers, pages, endpoints) stay private to their module.
/// </summary>
public sealed partial class ModuleBoundaryTests
{
    private static readonly Dictionary<string, string[]> Published = new()
    {
        ["Accounts"] = ["Authorization", "Identity"],
        // The registries' services (lists, assignments, shared checks, the spreadsheet engine) serve the supervision modules.
        // The institution profile shows the dated history; the public lookup's fees come from the training module (IPublicFees).
        // The 压减 figures fill the county work report.
        ["Organization"] = ["Regions", "Registry", "Import", "Schools", "Institutions", "Inspectors", "InstitutionHistory", "InstitutionLists", "Reduction"],
        // Visits and self-assessments are scored by the templates' rules.
        ["Indicators"] = ["Templates", "Scoring", "Limits"],
        ["Rectification"] = ["Intake"],
        // A joint team's partner records its findings as a visit, through the one visit service.
        ["Inspections"] = ["Visits"],
        // Staff search finds a report by its receipt code, normalised and hashed as the public lookup does.
        ["Complaints"] = ["Protection"],
        // Figures up the region tree, read by dashboards, documents and the 工作台.
        ["Reporting"] = ["Rollups", "KeyFigures"],
        // The quarterly bulletin issues its 通报 as escalation records, saved with the bulletin.
        ["Escalation"] = ["Issuing"],
        // Shared services and UI parts for every module.
        ["Platform"] = ["*"],
        ["Shared"] = ["*"],
        ["Ui"] = ["*"],
    };

    [Fact]
    public void Modules_use_each_other_only_through_what_they_publish()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Dudao.Modules");
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(root, file);
            var owner = relative.Split(Path.DirectorySeparatorChar)[0];
            foreach (Match m in UsingModule().Matches(File.ReadAllText(file)))
            {
                var (module, part) = (m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null);
                if (module == owner || part is null or "Domain") continue;
                var published = Published.GetValueOrDefault(module, []);
                if (!published.Contains("*") && !published.Contains(part))
                    violations.Add($"{relative} uses Dudao.Modules.{module}.{part}");
            }
        }
        violations.ShouldBeEmpty();
    }

    /// <summary>The same rule on the compiled types, so a fully qualified name or an <c>@inject</c> cannot slip past it.</summary>
    [Fact]
    public void Compiled_modules_depend_on_each_other_only_through_what_they_publish()
    {
        var assembly = typeof(DudaoModules).Assembly;
        var namespaces = assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Dudao.Modules.", StringComparison.Ordinal)).Distinct().ToList();
        var violations = new List<string>();
        foreach (var owner in namespaces.Select(n => n.Split('.')[2]).Distinct())
        {
            var hidden = namespaces.Where(n => n.Split('.') is [_, _, var module, var part, ..] && module != owner && part != "Domain"
                && Published.GetValueOrDefault(module, []) is var published && !published.Contains("*") && !published.Contains(part)).ToArray();
            if (hidden.Length == 0) continue;
            var result = Types.InAssembly(assembly).That().ResideInNamespace($"Dudao.Modules.{owner}")
                .ShouldNot().HaveDependencyOnAny(hidden).GetResult();
            violations.AddRange((result.FailingTypeNames ?? []).Select(t => $"{t} uses another module's feature"));
        }
        violations.ShouldBeEmpty();
    }

    [GeneratedRegex(@"using\s+Dudao\.Modules\.(\w+)(?:\.(\w+))?")]
    private static partial Regex UsingModule();

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dudao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Dudao.slnx not found above the test output");
    }
}

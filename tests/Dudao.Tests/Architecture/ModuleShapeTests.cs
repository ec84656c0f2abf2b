using System.Reflection;
using System.Text.RegularExpressions;
using Dudao.Modules;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NetArchTest.Rules;

namespace Dudao.Tests.Architecture;

/// <summary>
/// Every module has one shape (ADR-062): <c>XxxModule.cs</c> with <c>AddXxx</c>, <c>MapXxxApi</c> and
/// <c>MapXxxPages</c>, and a folder per feature holding that feature's service, endpoints and pages in
/// one namespace. No <c>Pages</c> folders.
/// </summary>
public sealed partial class ModuleShapeTests
{
    /// <summary>Folders of Dudao.Modules that are not modules: the app's shell and shared parts.</summary>
    private static readonly string[] NotModules = ["Demo", "Home", "Shared", "Ui", "bin", "obj"];

    private static readonly Assembly Modules = typeof(DudaoModules).Assembly;

    public static TheoryData<string> ModuleNames() => new(Directory.GetDirectories(ModulesRoot())
        .Select(Path.GetFileName).OfType<string>().Where(d => !NotModules.Contains(d)).Order());

    [Theory, MemberData(nameof(ModuleNames))]
    public void A_module_has_its_module_file_with_the_three_entry_points(string module)
    {
        File.Exists(Path.Combine(ModulesRoot(), module, $"{module}Module.cs")).ShouldBeTrue($"{module}/{module}Module.cs");
        var type = Modules.GetType($"Dudao.Modules.{module}.{module}Module");
        type.ShouldNotBeNull($"class Dudao.Modules.{module}.{module}Module");
        ExtensionOn<IServiceCollection>(type, $"Add{module}");
        ExtensionOn<IEndpointRouteBuilder>(type, $"Map{module}Api");
        ExtensionOn<IEndpointRouteBuilder>(type, $"Map{module}Pages");
    }

    [Fact]
    public void No_folder_is_named_Pages()
    {
        Directory.GetDirectories(ModulesRoot(), "Pages", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(ModulesRoot(), d))
            .Where(d => d.Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"))
            .ShouldBeEmpty("a page sits in the folder of the feature it serves");
    }

    [Fact]
    public void Services_and_endpoints_sit_in_a_feature_folder()
    {
        var result = Types.InAssembly(Modules)
            .That().ResideInNamespaceMatching(ModuleNamespace)
            .And().HaveNameEndingWith("Service", StringComparison.Ordinal).Or().HaveNameEndingWith("Endpoints", StringComparison.Ordinal)
            .Should().ResideInNamespaceMatching(FeatureNamespace)
            .GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty("Dudao.Modules.<Module>.<Feature>, not the module root nor a subfolder");
    }

    [Fact]
    public void A_page_sits_with_a_service_it_calls()
    {
        var misplaced = ModulePages()
            .Where(page => page.Namespace is not { } ns || !Regex.IsMatch(ns, FeatureNamespace)
                || !Injected(page).Any(t => t.Namespace == ns))
            .Select(page => page.FullName)
            .ToList();
        misplaced.ShouldBeEmpty("each page is in its feature's namespace beside a service it injects");
    }

    private static IEnumerable<Type> ModulePages() => Modules.GetTypes()
        .Where(t => typeof(ComponentBase).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
        .Where(t => t.Namespace is { } ns && Regex.IsMatch(ns, ModuleNamespace));

    private static IEnumerable<Type> Injected(Type page) =>
        page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.IsDefined(typeof(InjectAttribute)))
            .Select(p => p.PropertyType);

    private static void ExtensionOn<T>(Type type, string name)
    {
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static);
        method.ShouldNotBeNull($"{type.Name}.{name}");
        method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)).ShouldBeTrue($"{name} is an extension method");
        method.GetParameters()[0].ParameterType.ShouldBe(typeof(T), $"{name} extends {typeof(T).Name}");
    }

    /// <summary>A namespace inside a module (not the shell's Home, Ui, Shared or Demo).</summary>
    private const string ModuleNamespace = @"^Dudao\.Modules\.(?!(Demo|Home|Shared|Ui)(\.|$))\w+";

    private const string FeatureNamespace = @"^Dudao\.Modules\.\w+\.\w+$";

    private static string ModulesRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dudao.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Dudao.slnx not found above the test output"), "src", "Dudao.Modules");
    }
}

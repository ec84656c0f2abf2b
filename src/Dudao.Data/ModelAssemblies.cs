using System.Reflection;

namespace Dudao.Data;

/// <summary>The assemblies whose <c>IEntityTypeConfiguration</c>s make up the model (the modules).</summary>
public sealed class ModelAssemblies(IEnumerable<Assembly> assemblies)
{
    public IReadOnlyList<Assembly> Assemblies { get; } = assemblies.Distinct().ToList();
}

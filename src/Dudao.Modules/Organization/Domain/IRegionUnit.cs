using Dudao.Core.Scope;

namespace Dudao.Modules.Organization.Domain;

/// <summary>A named unit of one region (督导责任区, 科室); its name is unique within the region.</summary>
public interface IRegionUnit : IRegionScoped
{
    string Id { get; }
    string Name { get; }
}

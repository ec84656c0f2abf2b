namespace Dudao.Core.Entities;

/// <summary>Optimistic concurrency: the version a client read must still be current when it writes.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

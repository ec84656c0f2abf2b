namespace Dudao.Core.Scope;

/// <summary>A record that belongs to a county: the data-scope filter keeps it inside the caller's subtree.</summary>
public interface IRegionScoped
{
    string RegionCode { get; }
}

/// <summary>
/// A registry target (school, institution): an account bound to a target sees only its own record.
/// </summary>
public interface IScopeTarget : IRegionScoped
{
    string Id { get; }
}

/// <summary>A record about one target (a visit, a problem): an account bound to a target sees only its own.</summary>
public interface ITargetScoped : IRegionScoped
{
    string TargetId { get; }
}

/// <summary>
/// A record only staff see: accounts of a school or institution never read it, whatever its region.
/// Inspection plans are such records — a target must not learn of a visit before it happens
/// (四不两直), nor see which other targets a plan names.
/// </summary>
public interface IStaffOnly : IRegionScoped;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Data.Scope;

/// <summary>
/// A dated widening of one account's data scope (ADR-112): from <see cref="ValidFrom"/> to
/// <see cref="ValidTo"/> (China dates, both inclusive) the account also sees the
/// <see cref="Core.Scope.ITeamVisible"/> rows of a region's subtree, or of one target there. The
/// teams that need it (a cross-inspection's inspecting team, a joint inspection's members) write
/// these rows; the query filters read them, so no handler checks a grant.
/// </summary>
public sealed class ScopeGrant
{
    public string Id { get; init; } = Core.Ids.New();
    public string UserId { get; init; } = "";

    /// <summary>The granted region (the target's county for a target grant).</summary>
    public string RegionCode { get; init; } = "";

    /// <summary><see cref="Core.RegionCodes.Prefix"/> of <see cref="RegionCode"/>, stored so the filter compares without computing it.</summary>
    public string RegionPrefix { get; init; } = "";

    /// <summary>One school or institution; null for the whole region.</summary>
    public string? TargetId { get; init; }

    public DateOnly ValidFrom { get; init; }
    public DateOnly ValidTo { get; init; }

    /// <summary>What granted it (cross, joint) and its id: the team rewrites its grants by this key.</summary>
    public string SourceKind { get; init; } = "";
    public string SourceId { get; init; } = "";

    /// <param name="targetId">One target in <paramref name="regionCode"/>, or null for the region's whole subtree.</param>
    public static ScopeGrant Of(string userId, string regionCode, string? targetId, DateOnly from, DateOnly to, string sourceKind, string sourceId) => new()
    {
        UserId = userId, RegionCode = regionCode, RegionPrefix = Core.RegionCodes.Prefix(regionCode), TargetId = targetId,
        ValidFrom = from, ValidTo = to, SourceKind = sourceKind, SourceId = sourceId,
    };
}

internal sealed class ScopeGrantConfiguration : IEntityTypeConfiguration<ScopeGrant>
{
    public void Configure(EntityTypeBuilder<ScopeGrant> b)
    {
        b.ToTable("scope_grants");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserId).HasMaxLength(32);
        b.Property(x => x.RegionPrefix).HasMaxLength(9);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.SourceKind).HasMaxLength(16);
        b.Property(x => x.SourceId).HasMaxLength(32);
        b.HasIndex(x => new { x.UserId, x.ValidTo });
        b.HasIndex(x => new { x.SourceKind, x.SourceId });
    }
}

using System.Linq.Expressions;
using Dudao.Core.Scope;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Data.Scope;

/// <summary>
/// The one place data scope is enforced: a query filter on every region-scoped entity keeps rows
/// whose county code starts with the caller's prefix; for accounts of a school or institution,
/// only rows of that target, and no staff-only rows (inspection plans). A dated grant in force
/// today (<see cref="ScopeGrant"/>) widens the team-visible rows (ADR-112). Work that must see
/// everything (jobs, start-up) runs as the system user.
/// </summary>
internal static class DataScopeFilters
{
    public static void Apply(ModelBuilder builder, AppDbContext context)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.BaseType is null))
        {
            var clr = entity.ClrType;
            if (!typeof(IRegionScoped).IsAssignableFrom(clr)) continue;

            var e = Expression.Parameter(clr, "e");
            var ctx = Expression.Constant(context);
            var prefix = Expression.Property(ctx, nameof(AppDbContext.ScopePrefix));
            var targetId = Expression.Property(ctx, nameof(AppDbContext.ScopeTargetId));

            // e.RegionCode.StartsWith(ctx.ScopePrefix)
            Expression body = Expression.Call(
                Expression.Property(e, nameof(IRegionScoped.RegionCode)),
                typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!,
                prefix);

            var targetProperty = typeof(IScopeTarget).IsAssignableFrom(clr) ? nameof(IScopeTarget.Id)
                : typeof(ITargetScoped).IsAssignableFrom(clr) ? nameof(ITargetScoped.TargetId)
                : null;
            if (targetProperty is not null)
            {
                // && (ctx.ScopeTargetId == null || e.<target> == ctx.ScopeTargetId)
                body = Expression.AndAlso(body, Expression.OrElse(
                    Expression.Equal(targetId, Expression.Constant(null, typeof(string))),
                    Expression.Equal(Expression.Property(e, targetProperty), targetId)));
            }

            if (targetProperty is not null && typeof(ITeamVisible).IsAssignableFrom(clr))
                body = Expression.OrElse(body, Granted(e, ctx, targetProperty));

            if (typeof(IStaffOnly).IsAssignableFrom(clr))
            {
                // && ctx.ScopeTargetId == null: no account bound to a target sees it.
                body = Expression.AndAlso(body, Expression.Equal(targetId, Expression.Constant(null, typeof(string))));
            }

            entity.SetQueryFilter(Expression.Lambda(body, e));
        }
    }

    /// <summary>
    /// ctx.ScopeGranted &amp;&amp; ctx.ScopeGrants.Any(g =&gt; g.UserId == ctx.ScopeUserId &amp;&amp; g.ValidFrom &lt;= ctx.ScopeToday
    /// &amp;&amp; g.ValidTo &gt;= ctx.ScopeToday &amp;&amp; e.RegionCode.StartsWith(g.RegionPrefix) &amp;&amp; (g.TargetId == null || g.TargetId == e.&lt;target&gt;)):
    /// a grant in force today opens the row (ADR-112). The flag keeps the subquery out of every other caller's plan.
    /// </summary>
    private static BinaryExpression Granted(ParameterExpression e, ConstantExpression ctx, string targetProperty)
    {
        var g = Expression.Parameter(typeof(ScopeGrant), "g");
        var today = Expression.Property(ctx, nameof(AppDbContext.ScopeToday));
        var grantTarget = Expression.Property(g, nameof(ScopeGrant.TargetId));
        var match = Expression.AndAlso(
            Expression.AndAlso(
                Expression.Equal(Expression.Property(g, nameof(ScopeGrant.UserId)), Expression.Property(ctx, nameof(AppDbContext.ScopeUserId))),
                Expression.AndAlso(
                    Expression.LessThanOrEqual(Expression.Property(g, nameof(ScopeGrant.ValidFrom)), today),
                    Expression.GreaterThanOrEqual(Expression.Property(g, nameof(ScopeGrant.ValidTo)), today))),
            Expression.AndAlso(
                Expression.Call(
                    Expression.Property(e, nameof(IRegionScoped.RegionCode)),
                    typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!,
                    Expression.Property(g, nameof(ScopeGrant.RegionPrefix))),
                Expression.OrElse(
                    Expression.Equal(grantTarget, Expression.Constant(null, typeof(string))),
                    Expression.Equal(grantTarget, Expression.Property(e, targetProperty)))));
        var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(ScopeGrant)],
            // ctx.Set<ScopeGrant>(), which EF rewrites into a query root when it finalises the filter.
            Expression.Call(ctx, typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(typeof(ScopeGrant))),
            Expression.Quote(Expression.Lambda(match, g)));
        return Expression.AndAlso(Expression.Property(ctx, nameof(AppDbContext.ScopeGranted)), any);
    }
}

using System.Linq.Expressions;
using Dudao.Core.Scope;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Data.Scope;

/// <summary>
/// The one place data scope is enforced: a query filter on every region-scoped entity keeps rows
/// whose county code starts with the caller's prefix; for accounts of a school or institution,
/// only rows of that target, and no staff-only rows (inspection plans). Work that must see
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

            if (typeof(IStaffOnly).IsAssignableFrom(clr))
            {
                // && ctx.ScopeTargetId == null: no account bound to a target sees it.
                body = Expression.AndAlso(body, Expression.Equal(targetId, Expression.Constant(null, typeof(string))));
            }

            entity.SetQueryFilter(Expression.Lambda(body, e));
        }
    }
}

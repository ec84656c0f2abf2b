using Dudao.Core.Scope;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Accounts.Domain;

/// <summary>
/// The signed-in account's unit name, looked up once per request. The layout renders alongside
/// the page, so it reads through a DbContext of its own rather than the page's.
/// </summary>
public sealed class CurrentUnit(ICurrentUser me, IServiceScopeFactory scopes)
{
    private Task<OrgUnitDto?>? _unit;

    public Task<OrgUnitDto?> GetAsync() => _unit ??= LoadAsync();

    private async Task<OrgUnitDto?> LoadAsync()
    {
        if (me.UserId is null) return null;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Set<User>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.Id == me.UserId);
        return user is null ? null : await scope.ServiceProvider.GetRequiredService<OrgUnitNames>().DescribeAsync(user, CancellationToken.None);
    }
}

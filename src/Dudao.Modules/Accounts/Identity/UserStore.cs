using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Identity;

/// <summary>
/// ASP.NET Core Identity's user store over Dudao's DbContext. Lookups ignore the data-scope
/// filter: signing in happens before anyone has a scope. Lockout is not Identity's: it is kept per
/// account and client by the login (see <see cref="Domain.LoginLockout"/>).
/// </summary>
internal sealed class UserStore(AppDbContext db) :
    IUserPasswordStore<User>, IUserSecurityStampStore<User>,
    IUserTwoFactorStore<User>, IUserAuthenticatorKeyStore<User>
{
    private IQueryable<User> Users => db.Set<User>().IgnoreQueryFilters();

    public void Dispose() { }

    public Task<string> GetUserIdAsync(User user, CancellationToken ct) => Task.FromResult(user.Id);
    public Task<string?> GetUserNameAsync(User user, CancellationToken ct) => Task.FromResult<string?>(user.UserName);
    public Task SetUserNameAsync(User user, string? userName, CancellationToken ct) { user.UserName = userName ?? ""; return Task.CompletedTask; }
    public Task<string?> GetNormalizedUserNameAsync(User user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedUserName);
    public Task SetNormalizedUserNameAsync(User user, string? normalizedName, CancellationToken ct) { user.NormalizedUserName = normalizedName ?? ""; return Task.CompletedTask; }

    public async Task<IdentityResult> CreateAsync(User user, CancellationToken ct)
    {
        db.Add(user);
        await db.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(User user, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return IdentityResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());
        }
    }

    public async Task<IdentityResult> DeleteAsync(User user, CancellationToken ct)
    {
        db.Remove(user);
        await db.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public Task<User?> FindByIdAsync(string userId, CancellationToken ct) => Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
    public Task<User?> FindByNameAsync(string normalizedUserName, CancellationToken ct) =>
        Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalizedUserName, ct);

    public Task SetPasswordHashAsync(User user, string? passwordHash, CancellationToken ct) { user.PasswordHash = passwordHash; return Task.CompletedTask; }
    public Task<string?> GetPasswordHashAsync(User user, CancellationToken ct) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(User user, CancellationToken ct) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(User user, string stamp, CancellationToken ct) { user.SecurityStamp = stamp; return Task.CompletedTask; }
    public Task<string?> GetSecurityStampAsync(User user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);

    public Task SetTwoFactorEnabledAsync(User user, bool enabled, CancellationToken ct) { user.TwoFactorEnabled = enabled; return Task.CompletedTask; }
    public Task<bool> GetTwoFactorEnabledAsync(User user, CancellationToken ct) => Task.FromResult(user.TwoFactorEnabled);
    public Task SetAuthenticatorKeyAsync(User user, string key, CancellationToken ct) { user.AuthenticatorKey = key; return Task.CompletedTask; }
    public Task<string?> GetAuthenticatorKeyAsync(User user, CancellationToken ct) => Task.FromResult(user.AuthenticatorKey);
}

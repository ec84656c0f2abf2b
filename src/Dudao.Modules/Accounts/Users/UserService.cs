using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Data;
using Dudao.Data.Audit;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Accounts.Identity;
using Dudao.Modules.Accounts.Login;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dudao.Modules.Accounts.Users;

/// <summary>
/// Account administration; pages call it in-process and the API wraps it. Lists and lookups see
/// only the caller's subtree (the query filter); new accounts must belong to a unit inside it, and
/// nobody manages an account or grants a role above their own.
/// </summary>
internal sealed class UserService(AppDbContext db, UserManager<User> users, OrgUnitNames units, RegionDirectory regions,
    ClientLockouts lockouts, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    private const string UnlockAction = "unlock";

    public async Task<PagedList<UserDto>> ListAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<User>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(u => u.UserName.Contains(text) || u.DisplayName.Contains(text));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(u => u.RegionCode).ThenBy(u => u.UserName).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var names = await units.DescribeAllAsync(rows, ct);
        var locked = await lockouts.LockedAsync(rows.Select(u => u.NormalizedUserName).ToList(), ct);
        return new PagedList<UserDto>(rows.Select(u => UserDto.From(u, names[u.Id], locked.Contains(u.NormalizedUserName))).ToList(),
            total, page.Page, page.PageSize);
    }

    public async Task<UserDto?> FindAsync(string id, CancellationToken ct) =>
        await db.Set<User>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) is { } user ? await ToDtoAsync(user, ct) : null;

    public async Task<UserDto> GetAsync(string id, CancellationToken ct) => await FindAsync(id, ct) ?? throw NotFound();

    public async Task<UserDto> CreateAsync(NewUserInput input, CancellationToken ct)
    {
        var grantor = db.User.Roles;
        var errors = new ValidationErrors();
        foreach (var (field, message) in input.Check(grantor, identity.Value.User.AllowedUserNameCharacters)) errors.Add(field, message);
        var region = await ResolveRegionAsync(input, errors, ct);
        var name = input.UserName?.Trim();
        if (!string.IsNullOrEmpty(name) && await users.FindByNameAsync(name) is not null) errors.Add("userName", $"用户名“{name}”已被使用");
        errors.ThrowIfAny();

        var user = new User
        {
            UserName = name!, DisplayName = input.DisplayName!.Trim(), OrgKind = input.OrgKind!, RegionCode = region!,
            OrgRefId = input.OrgKind == OrgKinds.Office ? null : input.OrgRefId, Roles = string.Join(',', input.Roles!.Distinct()),
            CreatedAt = Now,
        };
        var result = await users.CreateAsync(user, input.Password!);
        if (!result.Succeeded) throw Refused(result);
        return await ToDtoAsync(user, ct);
    }

    public async Task<UserDto> UpdateAsync(string id, UserEdit input, CancellationToken ct)
    {
        var (user, grantor) = await ManageableAsync(id, ct);
        var errors = new ValidationErrors();
        foreach (var (field, message) in AccountRules.Check(input.DisplayName, input.Roles, user.OrgKind, grantor)) errors.Add(field, message);
        if (input.IsActive == false && user.Id == db.User.UserId) errors.Add("isActive", "不能停用自己的账号");
        errors.ThrowIfAny();

        if (input.Version is { } version) db.ExpectVersion(user, version);
        var (roles, active) = (user.Roles, user.IsActive);
        user.DisplayName = input.DisplayName!.Trim();
        user.Roles = string.Join(',', input.Roles!.Distinct());
        user.IsActive = input.IsActive ?? user.IsActive;
        // Sessions carry the roles they were issued with; a disabled account keeps none.
        if (user.Roles != roles || user.IsActive != active) user.RevokeSessions();
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(user, ct);
    }

    public async Task<UserDto> SetPasswordAsync(string id, PasswordInput input, CancellationToken ct)
    {
        var (user, _) = await ManageableAsync(id, ct);
        if (PasswordPolicy.Check(input.Password, user.UserName) is { } error) throw ValidationFailedException.For("password", error);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, input.Password!);
        user.RevokeSessions();
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(user, ct);
    }

    /// <summary>Lifts the account's lockouts for every client; the audit log records who did.</summary>
    public async Task<UserDto> UnlockAsync(string id, CancellationToken ct)
    {
        var (user, _) = await ManageableAsync(id, ct);
        db.RemoveRange(await db.Set<LoginLockout>().Where(l => l.UserName == user.NormalizedUserName).ToListAsync(ct));
        db.Add(new AuditEntry
        {
            At = Now, UserName = db.User.UserName, RegionCode = db.User.RegionCode, Action = UnlockAction,
            EntityType = nameof(User), EntityId = user.Id,
        });
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(user, ct);
    }

    /// <summary>For a holder who lost the authenticator: it is removed, their sessions end, and they enrol again at the next login.</summary>
    public async Task<UserDto> ResetTwoFactorAsync(string id, CancellationToken ct)
    {
        var (user, _) = await ManageableAsync(id, ct);
        if (!user.TwoFactorEnabled) throw DomainException.Conflict("该账号未启用动态验证码，无需重置");
        user.TwoFactorEnabled = false;
        user.AuthenticatorKey = null;
        user.RevokeSessions();
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(user, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<UserDto> ToDtoAsync(User user, CancellationToken ct) =>
        UserDto.From(user, await units.DescribeAsync(user, ct), (await lockouts.LockedAsync([user.NormalizedUserName], ct)).Count > 0);

    private async Task<(User User, IReadOnlyList<string> Grantor)> ManageableAsync(string id, CancellationToken ct)
    {
        var user = await db.Set<User>().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw NotFound();
        var grantor = db.User.Roles;
        if (!user.RoleList.All(r => Roles.CanGrant(grantor, r))) throw DomainException.Forbidden("您不能管理角色高于自己的账号");
        return (user, grantor);
    }

    /// <returns>The new account's region: an office's own code, or the region of the chosen unit record.</returns>
    private async Task<string?> ResolveRegionAsync(NewUserInput input, ValidationErrors errors, CancellationToken ct)
    {
        var field = input.OrgKind == OrgKinds.Office ? "regionCode" : "orgRefId";
        string? region;
        if (input.OrgKind == OrgKinds.Office)
        {
            region = input.RegionCode?.Trim();
            if (string.IsNullOrEmpty(region)) return Error("行政区划代码不能为空");
            if (await regions.FindAsync(region, ct) is null) return Error($"行政区划代码“{region}”不存在");
        }
        else if (OrgKinds.All.Contains(input.OrgKind))
        {
            if (string.IsNullOrWhiteSpace(input.OrgRefId)) return Error("请选择所属单位");
            // The query filter hides records outside the caller's subtree, so they count as missing.
            region = input.OrgKind switch
            {
                OrgKinds.Department => await RegionOfAsync<Department>(input.OrgRefId, ct),
                OrgKinds.School => await RegionOfAsync<School>(input.OrgRefId, ct),
                OrgKinds.Institution => await RegionOfAsync<Institution>(input.OrgRefId, ct),
                _ => await RegionOfAsync<Inspector>(input.OrgRefId, ct),
            };
            if (region is null) return Error(Check.MissingOrOutOfScope("所选单位"));
        }
        else
        {
            return null;
        }

        return Check.InScope(db.User.Scope, region) is { } outOfScope ? Error(outOfScope) : region;

        string? Error(string message)
        {
            errors.Add(field, message);
            return null;
        }
    }

    private Task<string?> RegionOfAsync<T>(string id, CancellationToken ct) where T : class, IAudited, Core.Scope.IRegionScoped =>
        db.Set<T>().Where(x => x.Id == id).Select(x => (string?)x.RegionCode).FirstOrDefaultAsync(ct);

    private static DomainException NotFound() => DomainException.NotFound("用户");

    private static ValidationFailedException Refused(IdentityResult result)
    {
        var errors = new ValidationErrors();
        foreach (var e in result.Errors) errors.Add(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName", e.Description);
        return new ValidationFailedException(errors);
    }
}

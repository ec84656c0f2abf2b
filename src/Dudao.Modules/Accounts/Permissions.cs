namespace Dudao.Modules.Accounts;

/// <summary>A module's permissions and which built-in roles get them by default.</summary>
public interface IPermissionSet
{
    IReadOnlyDictionary<string, string> Permissions { get; }
    IReadOnlyDictionary<string, string[]> DefaultRoles { get; }
}

/// <summary>All modules' permissions, merged; answers "does this set of roles grant that permission?".</summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<string, HashSet<string>> _byRole = new(StringComparer.Ordinal);

    public PermissionCatalog(IEnumerable<IPermissionSet> sets)
    {
        var all = sets.ToList();
        Descriptions = all.SelectMany(s => s.Permissions).ToDictionary(p => p.Key, p => p.Value);
        foreach (var (role, permissions) in all.SelectMany(s => s.DefaultRoles))
        {
            if (!_byRole.TryGetValue(role, out var set)) _byRole[role] = set = [];
            set.UnionWith(permissions);
        }
    }

    public IReadOnlyDictionary<string, string> Descriptions { get; }

    public bool Grants(IEnumerable<string> roles, string permission) =>
        roles.Any(r => _byRole.TryGetValue(r, out var set) && set.Contains(permission));
}

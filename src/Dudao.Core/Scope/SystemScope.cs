using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Core.Scope;

/// <summary>
/// Holds a caller that overrides the request's one for a service scope; set it before anything
/// resolves <see cref="ICurrentUser"/> (the DbContext captures its caller when created).
/// </summary>
public sealed class CallerOverride
{
    public ICurrentUser? User { get; set; }
}

public static class SystemScope
{
    /// <summary>A service scope whose caller is the system, even inside a request (a job run on demand).</summary>
    public static IServiceScope Create(IServiceScopeFactory scopes) => Create(scopes, SystemUser.Instance);

    /// <summary>A service scope whose caller is <paramref name="caller"/>, e.g. the system acting for one office.</summary>
    public static IServiceScope Create(IServiceScopeFactory scopes, SystemUser caller)
    {
        var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CallerOverride>().User = caller;
        return scope;
    }
}

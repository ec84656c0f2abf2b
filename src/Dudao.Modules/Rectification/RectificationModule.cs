using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Rectification.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Rectification;

/// <summary>The rectification ledger: problems from every source, tracked until struck off.</summary>
public static class RectificationModule
{
    public static IServiceCollection AddRectification(this IServiceCollection services)
    {
        services.AddSingleton<IRuleSet, RectificationRules>();
        services.AddScoped<ProblemIntake>();
        return services;
    }
}

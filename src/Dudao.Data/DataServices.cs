using System.Reflection;
using Dudao.Data.Audit;
using Dudao.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Data;

public static class DataServices
{
    /// <summary>
    /// Registers the DbContext for the configured provider. Without a connection string, SQLite
    /// uses <c>App_Data/dudao.db</c> beside the app's content root.
    /// </summary>
    public static IServiceCollection AddDudaoData(this IServiceCollection services, IConfiguration config, string contentRoot, params Assembly[] modelAssemblies)
    {
        var options = config.GetSection("Dudao:Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = config.GetConnectionString("Dudao");
        if (!options.IsPostgres && string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "dudao.db")}";
        }
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("Dudao:Database:Provider 为 Postgres 时必须配置 ConnectionStrings:Dudao");
        if (options.IsPostgres) connectionString = PostgresPool.Apply(connectionString, options.MaxPoolSize);

        services.AddSingleton(options);
        services.AddSingleton(new ModelAssemblies(modelAssemblies));
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<AppDbContext>((sp, o) =>
        {
            if (options.IsPostgres) o.UseNpgsql(connectionString);
            else o.UseSqlite(connectionString);
            o.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
            // Modules may take part in a save too (stored files are written in the same unit of work as their rows).
            o.AddInterceptors(sp.GetServices<ISaveChangesInterceptor>());
        });
        services.AddScoped<MigrationRunner>();
        return services;
    }
}

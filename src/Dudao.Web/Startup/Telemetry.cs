using Dudao.Modules.Platform.Jobs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Dudao.Web.Startup;

/// <summary>
/// OpenTelemetry, off by default (<c>Dudao:Telemetry:Enabled</c>): metrics of requests per route
/// (ASP.NET Core's <c>http.server.request.duration</c>), database command time, job runs and queue
/// lengths, scraped by Prometheus at <c>/metrics</c>; traces of requests and database commands,
/// exported over OTLP when <c>Dudao:Telemetry:OtlpEndpoint</c> names a collector.
/// </summary>
internal static class Telemetry
{
    public const string EnabledSetting = "Dudao:Telemetry:Enabled";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue(EnabledSetting, false)) return builder;
        var otlp = builder.Configuration["Dudao:Telemetry:OtlpEndpoint"];
        builder.Services.AddSingleton<DatabaseTimer>();
        builder.Services.ConfigureDbContext<Data.AppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<DatabaseTimer>()));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("dudao", serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter(DatabaseTimer.MeterName, JobMetrics.MeterName, Modules.Complaints.Queue.QueueGauges.MeterName, "Npgsql")
                .AddPrometheusExporter())
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/metrics", StringComparison.Ordinal))
                    .AddSource("Npgsql");
                if (otlp is { Length: > 0 }) t.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue(EnabledSetting, false)) app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}

namespace Dudao.Web.Startup;

/// <summary>
/// Logs to the console, one JSON object a line by default, for a log shipper to collect: each
/// line carries the request's scope (<c>RequestId</c>, <c>TraceId</c>, <c>SpanId</c>, <c>RequestPath</c>)
/// and a UTC timestamp. <c>Dudao:Logging:Format=text</c> gives the readable single-line form for a terminal.
/// </summary>
internal static class ConsoleLogging
{
    public const string FormatSetting = "Dudao:Logging:Format";

    public static WebApplicationBuilder AddConsoleLogging(this WebApplicationBuilder builder)
    {
        var format = builder.Configuration[FormatSetting] ?? "json";
        if (string.Equals(format, "text", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
            });
            return builder;
        }
        if (!string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{FormatSetting} 应为 json 或 text");
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return builder;
    }
}

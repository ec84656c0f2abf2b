namespace Dudao.Core.Time;

/// <summary>Deadlines and months count in Asia/Shanghai, whatever the server's zone.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime LocalNow(this TimeProvider clock) =>
        TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Zone);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.LocalNow());

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}

namespace FaqBot.Tests.TestSupport;

/// <summary>A clock the test sets; its local zone is deliberately not Japan so nothing may rely on it.</summary>
public sealed class TokyoClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>A Tokyo wall-clock time, e.g. "2026-11-23T09:30".</summary>
    public static DateTimeOffset Tokyo(string local) => DateTimeOffset.Parse(local + "+09:00");
}

using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.TestSupport;

/// <summary>Tokyo wall-clock instants and a FakeTimeProvider whose local zone is deliberately not Japan, so nothing
/// may rely on the server's zone.</summary>
public static class TokyoTime
{
    /// <summary>A Tokyo wall-clock time, e.g. "2026-11-23T09:30".</summary>
    public static DateTimeOffset Tokyo(string local) => DateTimeOffset.Parse(local + "+09:00");

    /// <summary>A fake clock at <paramref name="now"/> on a server in New York.</summary>
    public static FakeTimeProvider Clock(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        return clock;
    }
}

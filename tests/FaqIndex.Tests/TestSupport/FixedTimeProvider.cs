using Microsoft.Extensions.Time.Testing;

namespace FaqIndex.Tests.TestSupport;

/// <summary>The day the fixtures are judged on, as a <see cref="FakeTimeProvider"/> stopped at one instant.</summary>
public static class FixedTimeProvider
{
    /// <summary>2026-11-23 12:00 in Tokyo, on a clock whose local zone is not Japan's.</summary>
    public static FakeTimeProvider FixtureDay { get; } = At(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));

    /// <summary>A fake clock at <paramref name="now"/>, local zone America/New_York so nothing may rely on it.</summary>
    public static FakeTimeProvider At(DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        return time;
    }

    /// <summary>2026-12-02 12:00 in Tokyo: the day the repository's content was last reviewed and is true on.</summary>
    public static FakeTimeProvider ContentDay { get; } = At(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero));
}

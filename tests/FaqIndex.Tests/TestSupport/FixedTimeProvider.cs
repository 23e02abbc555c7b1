namespace FaqIndex.Tests.TestSupport;

/// <summary>A clock stopped at one instant, so date rules are checked against a known "today".</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>2026-11-23 12:00 in Tokyo: the day the fixtures are judged on.</summary>
    public static FixedTimeProvider FixtureDay { get; } = new(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));

    /// <summary>2026-12-02 12:00 in Tokyo: the day the repository's content was last reviewed and is true on.</summary>
    public static FixedTimeProvider ContentDay { get; } = new(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}

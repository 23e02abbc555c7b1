namespace FaqIndex.Content;

/// <summary>"Today" as the kenpo sees it: the calendar day in Asia/Tokyo, whatever the server's zone. Content dates
/// (valid_from, valid_until, reviewed) change at 00:00 in Tokyo.</summary>
public static class TokyoCalendar
{
    /// <summary>Asia/Tokyo (no daylight saving; UTC+9 since 1951, but read from the zone database all the same).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>The current day in Tokyo according to <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time) => DayOf(time.GetUtcNow());

    /// <summary>The Tokyo day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant 00:00 of <paramref name="day"/> in Tokyo begins.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }
}

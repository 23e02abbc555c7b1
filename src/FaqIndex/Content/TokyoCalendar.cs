namespace FaqIndex.Content;

/// <summary>"Today" as the kenpo sees it: the calendar day in Asia/Tokyo, whatever the server's zone.</summary>
public static class TokyoCalendar
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>The current day in Tokyo according to <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Tokyo).DateTime);
}

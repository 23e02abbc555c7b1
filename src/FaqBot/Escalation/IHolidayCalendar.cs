namespace FaqBot.Escalation;

/// <summary>Tells which days are public holidays (days on which offices closed on holidays do not open).</summary>
public interface IHolidayCalendar
{
    /// <summary>The holiday on <paramref name="date"/>, or null on an ordinary day.</summary>
    Holiday? GetHoliday(DateOnly date);

    /// <summary>Every holiday of <paramref name="year"/>, in date order.</summary>
    IReadOnlyList<Holiday> GetHolidays(int year);
}

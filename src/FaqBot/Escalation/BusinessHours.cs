using System.Globalization;

namespace FaqBot.Escalation;

/// <summary>A contact's weekly hours, holiday rule and yearly closed periods, parsed once from configuration.</summary>
public sealed class BusinessHours
{
    private const int HolidayBit = 1 << 7;
    private const int AllWeekBits = 0x7F;

    private readonly (int Days, int Start, int End)[] _ranges;
    private readonly ClosedPeriodOptions[] _closedPeriodSource;
    private readonly (int From, int To, string Reason)[] _closedPeriods;
    private readonly IHolidayCalendar _calendar;

    private BusinessHours((int, int, int)[] ranges, (int, int, string)[] closed, ClosedPeriodOptions[] source,
        IHolidayCalendar calendar)
    {
        _ranges = ranges;
        _closedPeriods = closed;
        _closedPeriodSource = source;
        _calendar = calendar;
    }

    /// <summary>The configured closed periods.</summary>
    public IReadOnlyList<ClosedPeriodOptions> ClosedPeriods => _closedPeriodSource;

    /// <summary>Parses <paramref name="options"/>; each problem is added to <paramref name="errors"/> naming its key
    /// under <paramref name="keyPrefix"/>, and the result is null when there was any.</summary>
    public static BusinessHours? Parse(ContactOptions options, string keyPrefix, IHolidayCalendar calendar, List<string> errors)
    {
        var before = errors.Count;
        if (options.Hours.Count == 0)
        {
            errors.Add($"{keyPrefix}:Hours is missing (list at least one range of Days, Open, Close).");
        }
        var ranges = new List<(int, int, int)>();
        for (var i = 0; i < options.Hours.Count; i++)
        {
            var range = options.Hours[i];
            var key = $"{keyPrefix}:Hours:{i}";
            var days = ParseDays(range.Days);
            if (days == 0)
            {
                errors.Add($"{key}:Days is missing or invalid ('{range.Days}'; use Monday…Sunday, Weekdays, Weekends, Holidays, Everyday).");
            }
            var open = ParseTime(range.Open);
            var close = ParseTime(range.Close);
            if (open is null)
            {
                errors.Add($"{key}:Open is missing or invalid ('{range.Open}'; use HH:mm).");
            }
            if (close is null)
            {
                errors.Add($"{key}:Close is missing or invalid ('{range.Close}'; use HH:mm, 24:00 for midnight).");
            }
            if (open is { } o && close is { } c && c <= o)
            {
                errors.Add($"{key}:Close must be later than Open.");
            }
            ranges.Add((days, open ?? 0, close ?? 0));
        }
        var closed = new List<(int, int, string)>();
        for (var i = 0; i < options.ClosedDays.Count; i++)
        {
            var period = options.ClosedDays[i];
            var key = $"{keyPrefix}:ClosedDays:{i}";
            var from = ParseMonthDay(period.From);
            var to = string.IsNullOrWhiteSpace(period.To) ? from : ParseMonthDay(period.To);
            if (from is null)
            {
                errors.Add($"{key}:From is missing or invalid ('{period.From}'; use MM-dd).");
            }
            if (to is null)
            {
                errors.Add($"{key}:To is invalid ('{period.To}'; use MM-dd).");
            }
            closed.Add((from ?? 0, to ?? 0, period.Reason));
        }
        if (errors.Count > before)
        {
            return null;
        }
        ranges.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return new BusinessHours([.. ranges], [.. closed], [.. options.ClosedDays], calendar);
    }

    /// <summary>The opening ranges of <paramref name="date"/> (a local day), or why it is closed.</summary>
    public BusinessDay GetDay(DateOnly date)
    {
        var monthDay = date.Month * 100 + date.Day;
        foreach (var (from, to, reason) in _closedPeriods)
        {
            var inside = from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to;
            if (inside)
            {
                return new BusinessDay(date, [], ClosedReason.ClosedPeriod, reason);
            }
        }

        var holiday = _calendar.GetHoliday(date) is not null;
        var bit = holiday ? HolidayBit : 1 << (int)date.DayOfWeek;
        var open = new List<(int, int)>(2);
        foreach (var (days, start, end) in _ranges)
        {
            if ((days & bit) != 0)
            {
                open.Add((start, end));
            }
        }
        if (open.Count > 0)
        {
            return new BusinessDay(date, open, ClosedReason.None, null);
        }
        var why = holiday ? ClosedReason.Holiday
            : date.DayOfWeek switch
            {
                DayOfWeek.Saturday => ClosedReason.Saturday,
                DayOfWeek.Sunday => ClosedReason.Sunday,
                _ => ClosedReason.NoHoursThatDay,
            };
        return new BusinessDay(date, [], why, null);
    }

    private static int ParseDays(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }
        var bits = 0;
        foreach (var part in text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var partBits = part.ToLowerInvariant() switch
            {
                "sunday" or "sun" => 1 << (int)DayOfWeek.Sunday,
                "monday" or "mon" => 1 << (int)DayOfWeek.Monday,
                "tuesday" or "tue" => 1 << (int)DayOfWeek.Tuesday,
                "wednesday" or "wed" => 1 << (int)DayOfWeek.Wednesday,
                "thursday" or "thu" => 1 << (int)DayOfWeek.Thursday,
                "friday" or "fri" => 1 << (int)DayOfWeek.Friday,
                "saturday" or "sat" => 1 << (int)DayOfWeek.Saturday,
                "weekdays" => 0x3E,
                "weekends" => (1 << (int)DayOfWeek.Saturday) | (1 << (int)DayOfWeek.Sunday),
                "holiday" or "holidays" => HolidayBit,
                "everyday" => AllWeekBits | HolidayBit,
                _ => -1,
            };
            if (partBits < 0)
            {
                return 0;
            }
            bits |= partBits;
        }
        return bits;
    }

    private static int? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Trim().Split(':');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        {
            return null;
        }
        return hours * 60 + minutes;
    }

    private static int? ParseMonthDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Trim().Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            return null;
        }
        return month * 100 + day;
    }
}

using System.Collections.Concurrent;

namespace FaqBot.Escalation;

/// <summary>Japanese national holidays computed from the rules of the 祝日法 (国民の祝日に関する法律) and the special
/// laws of 2019–2021, for 1980–2099 (the range of the equinox approximation).</summary>
/// <remarks>Order matters: the national holidays proper (国民の祝日) come first, then 国民の休日 (a day sandwiched
/// between two of them), then 振替休日 (a holiday on a Sunday moves to the next day that is not already a holiday).</remarks>
public sealed class JapaneseHolidayCalendar : IHolidayCalendar
{
    /// <summary>The first year the calendar computes.</summary>
    public const int FirstYear = 1980;

    /// <summary>The last year the calendar computes.</summary>
    public const int LastYear = 2099;

    private const string SubstituteHoliday = "振替休日";
    private const string CitizensHoliday = "国民の休日";

    private readonly ConcurrentDictionary<int, Holiday[]> _years = new();

    /// <inheritdoc />
    public Holiday? GetHoliday(DateOnly date)
    {
        foreach (var holiday in GetHolidays(date.Year))
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }
        return null;
    }

    /// <inheritdoc />
    public IReadOnlyList<Holiday> GetHolidays(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Japanese holidays are computed for {FirstYear}–{LastYear} only.");
        }
        return _years.GetOrAdd(year, Compute);
    }

    private static Holiday[] Compute(int year)
    {
        var national = new SortedDictionary<DateOnly, string>();
        foreach (var (date, name) in NationalHolidays(year))
        {
            national[date] = name;
        }

        var all = new SortedDictionary<DateOnly, string>(national);

        // 国民の休日 (since 1985-12-27): an ordinary day whose previous and next days are both national holidays.
        if (year >= 1986)
        {
            foreach (var date in national.Keys)
            {
                var between = date.AddDays(1);
                if (national.ContainsKey(date.AddDays(2)) && !national.ContainsKey(between)
                    && (year >= 2007 || between.DayOfWeek != DayOfWeek.Sunday))
                {
                    all[between] = CitizensHoliday;
                }
            }
        }

        // 振替休日 (since 1973): a national holiday on a Sunday gives the next day that is not a holiday
        // (until 2006 only the Monday after).
        foreach (var date in national.Keys)
        {
            if (date.DayOfWeek != DayOfWeek.Sunday)
            {
                continue;
            }
            var substitute = date.AddDays(1);
            if (year >= 2007)
            {
                while (all.ContainsKey(substitute))
                {
                    substitute = substitute.AddDays(1);
                }
            }
            if (!all.ContainsKey(substitute) && substitute.Year == year)
            {
                all[substitute] = SubstituteHoliday;
            }
        }

        var result = new Holiday[all.Count];
        var i = 0;
        foreach (var (date, name) in all)
        {
            result[i++] = new Holiday(date, name);
        }
        return result;
    }

    private static IEnumerable<(DateOnly Date, string Name)> NationalHolidays(int year)
    {
        yield return (new DateOnly(year, 1, 1), "元日");
        yield return (year >= 2000 ? NthMonday(year, 1, 2) : new DateOnly(year, 1, 15), "成人の日");
        yield return (new DateOnly(year, 2, 11), "建国記念の日");
        if (year >= 2020)
        {
            yield return (new DateOnly(year, 2, 23), "天皇誕生日");
        }
        if (year == 1989)
        {
            yield return (new DateOnly(1989, 2, 24), "昭和天皇の大喪の礼");
        }
        yield return (new DateOnly(year, 3, VernalEquinoxDay(year)), "春分の日");
        yield return (new DateOnly(year, 4, 29), year switch
        {
            <= 1988 => "天皇誕生日",
            <= 2006 => "みどりの日",
            _ => "昭和の日",
        });
        if (year == 2019)
        {
            yield return (new DateOnly(2019, 5, 1), "天皇の即位の日");
        }
        yield return (new DateOnly(year, 5, 3), "憲法記念日");
        if (year >= 2007)
        {
            yield return (new DateOnly(year, 5, 4), "みどりの日");
        }
        yield return (new DateOnly(year, 5, 5), "こどもの日");
        if (year == 1993)
        {
            yield return (new DateOnly(1993, 6, 9), "皇太子徳仁親王の結婚の儀");
        }
        if (year >= 1996)
        {
            // Olympic special measures moved 海の日, スポーツの日 and 山の日 in 2020 and 2021.
            yield return (year switch
            {
                2020 => new DateOnly(2020, 7, 23),
                2021 => new DateOnly(2021, 7, 22),
                <= 2002 => new DateOnly(year, 7, 20),
                _ => NthMonday(year, 7, 3),
            }, "海の日");
        }
        if (year >= 2016)
        {
            yield return (year switch
            {
                2020 => new DateOnly(2020, 8, 10),
                2021 => new DateOnly(2021, 8, 8),
                _ => new DateOnly(year, 8, 11),
            }, "山の日");
        }
        yield return (year >= 2003 ? NthMonday(year, 9, 3) : new DateOnly(year, 9, 15), "敬老の日");
        yield return (new DateOnly(year, 9, AutumnalEquinoxDay(year)), "秋分の日");
        yield return (year switch
        {
            2020 => new DateOnly(2020, 7, 24),
            2021 => new DateOnly(2021, 7, 23),
            <= 1999 => new DateOnly(year, 10, 10),
            _ => NthMonday(year, 10, 2),
        }, year >= 2020 ? "スポーツの日" : "体育の日");
        if (year == 2019)
        {
            yield return (new DateOnly(2019, 10, 22), "即位礼正殿の儀の行われる日");
        }
        yield return (new DateOnly(year, 11, 3), "文化の日");
        if (year == 1990)
        {
            yield return (new DateOnly(1990, 11, 12), "即位礼正殿の儀");
        }
        yield return (new DateOnly(year, 11, 23), "勤労感謝の日");
        if (year is >= 1989 and <= 2018)
        {
            yield return (new DateOnly(year, 12, 23), "天皇誕生日");
        }
    }

    // The standard approximation of the equinox days, valid for 1980–2099.
    private static int VernalEquinoxDay(int year) =>
        (int)(20.8431 + 0.242194 * (year - 1980)) - (year - 1980) / 4;

    private static int AutumnalEquinoxDay(int year) =>
        (int)(23.2488 + 0.242194 * (year - 1980)) - (year - 1980) / 4;

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }
}

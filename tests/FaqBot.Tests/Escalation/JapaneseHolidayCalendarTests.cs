using FaqBot.Escalation;

namespace FaqBot.Tests.Escalation;

public class JapaneseHolidayCalendarTests
{
    // Every holiday of 2020–2030 as the Cabinet Office publishes them (内閣府「国民の祝日について」),
    // including the Olympic moves of 2020/2021, 振替休日 and 国民の休日.
    public static TheoryData<int, string[]> PublishedHolidays => new()
    {
        { 2020, ["01-01 元日", "01-13 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "02-24 振替休日", "03-20 春分の日",
                 "04-29 昭和の日", "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "05-06 振替休日", "07-23 海の日",
                 "07-24 スポーツの日", "08-10 山の日", "09-21 敬老の日", "09-22 秋分の日", "11-03 文化の日", "11-23 勤労感謝の日"] },
        { 2021, ["01-01 元日", "01-11 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "03-20 春分の日", "04-29 昭和の日",
                 "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "07-22 海の日", "07-23 スポーツの日", "08-08 山の日",
                 "08-09 振替休日", "09-20 敬老の日", "09-23 秋分の日", "11-03 文化の日", "11-23 勤労感謝の日"] },
        { 2022, ["01-01 元日", "01-10 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "03-21 春分の日", "04-29 昭和の日",
                 "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "07-18 海の日", "08-11 山の日", "09-19 敬老の日",
                 "09-23 秋分の日", "10-10 スポーツの日", "11-03 文化の日", "11-23 勤労感謝の日"] },
        { 2023, ["01-01 元日", "01-02 振替休日", "01-09 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "03-21 春分の日",
                 "04-29 昭和の日", "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "07-17 海の日", "08-11 山の日",
                 "09-18 敬老の日", "09-23 秋分の日", "10-09 スポーツの日", "11-03 文化の日", "11-23 勤労感謝の日"] },
        { 2024, ["01-01 元日", "01-08 成人の日", "02-11 建国記念の日", "02-12 振替休日", "02-23 天皇誕生日", "03-20 春分の日",
                 "04-29 昭和の日", "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "05-06 振替休日", "07-15 海の日",
                 "08-11 山の日", "08-12 振替休日", "09-16 敬老の日", "09-22 秋分の日", "09-23 振替休日", "10-14 スポーツの日",
                 "11-03 文化の日", "11-04 振替休日", "11-23 勤労感謝の日"] },
        { 2025, ["01-01 元日", "01-13 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "02-24 振替休日", "03-20 春分の日",
                 "04-29 昭和の日", "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "05-06 振替休日", "07-21 海の日",
                 "08-11 山の日", "09-15 敬老の日", "09-23 秋分の日", "10-13 スポーツの日", "11-03 文化の日", "11-23 勤労感謝の日",
                 "11-24 振替休日"] },
        { 2026, ["01-01 元日", "01-12 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "03-20 春分の日", "04-29 昭和の日",
                 "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "05-06 振替休日", "07-20 海の日", "08-11 山の日",
                 "09-21 敬老の日", "09-22 国民の休日", "09-23 秋分の日", "10-12 スポーツの日", "11-03 文化の日", "11-23 勤労感謝の日"] },
        { 2027, ["01-01 元日", "01-11 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "03-21 春分の日", "03-22 振替休日",
                 "04-29 昭和の日", "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "07-19 海の日", "08-11 山の日",
                 "09-20 敬老の日", "09-23 秋分の日", "10-11 スポーツの日", "11-03 文化の日", "11-23 勤労感謝の日"] },
        { 2028, ["01-01 元日", "01-10 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "03-20 春分の日", "04-29 昭和の日",
                 "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "07-17 海の日", "08-11 山の日", "09-18 敬老の日",
                 "09-22 秋分の日", "10-09 スポーツの日", "11-03 文化の日", "11-23 勤労感謝の日"] },
        { 2029, ["01-01 元日", "01-08 成人の日", "02-11 建国記念の日", "02-12 振替休日", "02-23 天皇誕生日", "03-20 春分の日",
                 "04-29 昭和の日", "04-30 振替休日", "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "07-16 海の日",
                 "08-11 山の日", "09-17 敬老の日", "09-23 秋分の日", "09-24 振替休日", "10-08 スポーツの日", "11-03 文化の日",
                 "11-23 勤労感謝の日"] },
        { 2030, ["01-01 元日", "01-14 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "03-20 春分の日", "04-29 昭和の日",
                 "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "05-06 振替休日", "07-15 海の日", "08-11 山の日",
                 "08-12 振替休日", "09-16 敬老の日", "09-23 秋分の日", "10-14 スポーツの日", "11-03 文化の日", "11-04 振替休日",
                 "11-23 勤労感謝の日"] },
    };

    private readonly JapaneseHolidayCalendar _calendar = new();

    [Theory]
    [MemberData(nameof(PublishedHolidays))]
    public void Every_holiday_of_the_year_matches_the_published_list(int year, string[] expected)
    {
        var actual = _calendar.GetHolidays(year).Select(h => $"{h.Date:MM-dd} {h.Name}").ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(PublishedHolidays))]
    public void No_other_day_of_the_year_is_a_holiday(int year, string[] expected)
    {
        var expectedDays = expected.Select(e => e[..5]).ToHashSet();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            Assert.Equal(expectedDays.Contains($"{day:MM-dd}"), _calendar.GetHoliday(day) is not null);
        }
    }

    [Theory]
    [InlineData("2026-09-22", "国民の休日")]   // between 敬老の日 (9/21) and 秋分の日 (9/23)
    [InlineData("2026-05-06", "振替休日")]     // 憲法記念日 on Sunday; 5/4 and 5/5 are already holidays
    [InlineData("2025-11-24", "振替休日")]     // 勤労感謝の日 on Sunday
    [InlineData("2020-07-23", "海の日")]       // Tokyo 2020 opening moves
    [InlineData("2020-07-24", "スポーツの日")]
    [InlineData("2021-07-22", "海の日")]
    [InlineData("2021-07-23", "スポーツの日")]
    [InlineData("2021-08-08", "山の日")]
    [InlineData("2021-08-09", "振替休日")]
    [InlineData("2019-04-30", "国民の休日")]   // enthronement: sandwiched by 昭和の日 and 即位の日
    [InlineData("2019-05-01", "天皇の即位の日")]
    [InlineData("2019-05-02", "国民の休日")]
    [InlineData("2019-05-06", "振替休日")]
    [InlineData("2019-10-22", "即位礼正殿の儀の行われる日")]
    [InlineData("2018-12-23", "天皇誕生日")]
    [InlineData("2018-12-24", "振替休日")]
    [InlineData("2015-09-22", "国民の休日")]
    [InlineData("2009-09-22", "国民の休日")]
    [InlineData("2008-05-06", "振替休日")]     // the 2007 rule: みどりの日 5/4 on Sunday moves past 5/5
    [InlineData("2006-05-04", "国民の休日")]   // before みどりの日 moved to 5/4
    [InlineData("1999-10-10", "体育の日")]
    [InlineData("2016-08-11", "山の日")]
    [InlineData("2032-09-21", "国民の休日")]
    public void Tricky_days_have_the_published_name(string date, string name)
    {
        Assert.Equal(name, _calendar.GetHoliday(DateOnly.Parse(date))?.Name);
    }

    [Theory]
    [InlineData("2019-02-23")] // no 天皇誕生日 in 2019
    [InlineData("2019-12-23")]
    [InlineData("2020-12-23")]
    [InlineData("2020-10-12")] // スポーツの日 moved to July in 2020
    [InlineData("2021-10-11")]
    [InlineData("2020-08-11")] // 山の日 moved
    [InlineData("2021-07-19")] // 海の日 moved
    [InlineData("2026-11-24")]
    [InlineData("2026-12-29")] // the new year closure is a contact's rule, not a national holiday
    public void Ordinary_days_are_not_holidays(string date)
    {
        Assert.Null(_calendar.GetHoliday(DateOnly.Parse(date)));
    }

    [Fact]
    public void Equinoxes_follow_the_approximation_across_its_whole_range()
    {
        for (var year = JapaneseHolidayCalendar.FirstYear; year <= JapaneseHolidayCalendar.LastYear; year++)
        {
            var names = _calendar.GetHolidays(year).Select(h => h.Name).ToList();
            Assert.Contains("春分の日", names);
            Assert.Contains("秋分の日", names);
            var spring = _calendar.GetHolidays(year).Single(h => h.Name == "春分の日").Date;
            var autumn = _calendar.GetHolidays(year).Single(h => h.Name == "秋分の日").Date;
            Assert.InRange(spring.Day, 19, 21);
            Assert.InRange(autumn.Day, 21, 24);
        }
    }

    [Theory]
    [InlineData(1979)]
    [InlineData(2100)]
    [InlineData(int.MaxValue)]
    public void Years_outside_the_supported_range_are_refused_clearly(int year)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.GetHolidays(year));
        Assert.Contains("1980", error.Message);
    }
}

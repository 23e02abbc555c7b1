using Microsoft.Extensions.Time.Testing;
using FaqBot.Escalation;
using Microsoft.Extensions.Configuration;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Escalation;

public class ContactAvailabilityTests
{
    private static (ContactAvailability Availability, FakeTimeProvider Clock) Create(
        IDictionary<string, string?>? overrides = null)
    {
        var clock = TokyoTime.Clock(DateTimeOffset.UnixEpoch);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddEscalation(TestConfiguration.Load(overrides));
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<ContactAvailability>(), clock);
    }

    // Tokyo wall-clock time → expected helpdesk state: open (until) or closed (reason, next opening).
    [Theory]
    [InlineData("2026-11-24T10:00", true, "2026-11-24T17:00", null, ClosedReason.None)]                 // Tuesday, open
    [InlineData("2026-11-24T09:00", true, "2026-11-24T17:00", null, ClosedReason.None)]                 // the first minute
    [InlineData("2026-11-24T16:59:59", true, "2026-11-24T17:00", null, ClosedReason.None)]              // the last second
    [InlineData("2026-11-24T08:59:30", false, null, "2026-11-24T09:00", ClosedReason.BeforeOpening)]    // before 9:00
    [InlineData("2026-11-24T17:00", false, null, "2026-11-25T09:00", ClosedReason.AfterClosing)]        // after 17:00
    [InlineData("2026-11-27T18:00", false, null, "2026-11-30T09:00", ClosedReason.AfterClosing)]        // Friday evening
    [InlineData("2026-11-28T10:00", false, null, "2026-11-30T09:00", ClosedReason.Saturday)]
    [InlineData("2026-11-29T10:00", false, null, "2026-11-30T09:00", ClosedReason.Sunday)]
    [InlineData("2026-11-23T08:00", false, null, "2026-11-24T09:00", ClosedReason.Holiday)]             // 勤労感謝の日
    [InlineData("2026-11-20T17:30", false, null, "2026-11-24T09:00", ClosedReason.AfterClosing)]        // Friday before the holiday Monday
    [InlineData("2026-05-06T10:00", false, null, "2026-05-07T09:00", ClosedReason.Holiday)]             // 振替休日
    [InlineData("2026-05-01T18:00", false, null, "2026-05-07T09:00", ClosedReason.AfterClosing)]        // Golden Week
    [InlineData("2026-09-19T10:00", false, null, "2026-09-24T09:00", ClosedReason.Saturday)]            // Silver Week with 国民の休日
    [InlineData("2026-09-22T10:00", false, null, "2026-09-24T09:00", ClosedReason.Holiday)]             // 国民の休日
    [InlineData("2026-12-29T10:00", true, "2026-12-29T17:00", null, ClosedReason.None)]                 // the helpdesk keeps no new-year closure
    [InlineData("2026-12-31T23:59", false, null, "2027-01-04T09:00", ClosedReason.AfterClosing)]        // year end: 1/1 元日, weekend
    public void Helpdesk_hours_are_judged_in_Tokyo(string tokyo, bool open, string? until, string? next, ClosedReason reason)
    {
        var (availability, clock) = Create();
        clock.SetUtcNow(TokyoTime.Tokyo(tokyo));

        var result = availability.Check(availability.Directory.Helpdesk);

        Assert.Equal(open, result.IsOpen);
        Assert.Equal(reason, result.Reason);
        Assert.Equal(until is null ? null : TokyoTime.Tokyo(until), result.OpenUntil);
        Assert.Equal(next is null ? null : TokyoTime.Tokyo(next), result.NextOpen);
        Assert.Equal(TimeSpan.FromHours(9), result.Now.Offset);
        Assert.Equal(TimeSpan.FromHours(9), (result.OpenUntil ?? result.NextOpen)!.Value.Offset);
    }

    [Theory]
    [InlineData("2026-11-24T19:59", true, "2026-11-24T20:00", null, ClosedReason.None)]                 // weekday late
    [InlineData("2026-11-23T17:00", true, "2026-11-23T17:30", null, ClosedReason.None)]                 // holiday hours
    [InlineData("2026-11-28T17:30", false, null, "2026-11-29T09:30", ClosedReason.AfterClosing)]        // Saturday after 17:30
    [InlineData("2026-12-28T21:00", false, null, "2027-01-04T09:30", ClosedReason.AfterClosing)]        // before the new year
    [InlineData("2026-12-29T12:00", false, null, "2027-01-04T09:30", ClosedReason.ClosedPeriod)]        // extra closed days
    [InlineData("2027-01-03T12:00", false, null, "2027-01-04T09:30", ClosedReason.ClosedPeriod)]        // (Sunday, closed all the same)
    [InlineData("2027-01-04T09:29", false, null, "2027-01-04T09:30", ClosedReason.BeforeOpening)]
    public void Free_dial_general_enquiries_keep_weekend_hours_and_the_new_year_closure(
        string tokyo, bool open, string? until, string? next, ClosedReason reason)
    {
        var (availability, clock) = Create();
        clock.SetUtcNow(TokyoTime.Tokyo(tokyo));

        var result = availability.Check(availability.Directory.CardEnquiry!);

        Assert.Equal(open, result.IsOpen);
        Assert.Equal(reason, result.Reason);
        Assert.Equal(until is null ? null : TokyoTime.Tokyo(until), result.OpenUntil);
        Assert.Equal(next is null ? null : TokyoTime.Tokyo(next), result.NextOpen);
        if (reason == ClosedReason.ClosedPeriod)
        {
            Assert.Equal("年末年始", result.ReasonText);
        }
    }

    [Theory]
    [InlineData("2026-11-23T03:00")]
    [InlineData("2026-12-31T23:59")]
    [InlineData("2027-01-01T00:00")]
    [InlineData("2026-11-29T12:00")]
    public void Card_suspension_answers_around_the_clock(string tokyo)
    {
        var (availability, clock) = Create();
        clock.SetUtcNow(TokyoTime.Tokyo(tokyo));

        var result = availability.Check(availability.Directory.CardSuspension);

        Assert.True(result.IsOpen);
        Assert.True(result.IsAlwaysOpen);
    }

    // The same instants given in New York time (the process and the clock's local zone are not Japan):
    // the answer depends on the instant only.
    [Theory]
    [InlineData("2026-11-22T19:00-05:00", true)]   // = 2026-11-23 09:00 JST … a holiday in Japan
    [InlineData("2026-11-23T19:00-05:00", true)]   // = 2026-11-24 09:00 JST, open
    [InlineData("2026-11-24T02:59-05:00", true)]   // = 16:59 JST
    [InlineData("2026-11-24T03:00-05:00", false)]  // = 17:00 JST
    [InlineData("2026-11-24T12:00-05:00", false)]  // midday in New York, 2:00 at night in Tokyo
    public void The_servers_zone_does_not_matter(string instant, bool tuesdayOpen)
    {
        var (availability, clock) = Create();
        var at = DateTimeOffset.Parse(instant);
        clock.SetUtcNow(at);
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.NotEqual(TimeSpan.FromHours(9), newYork.GetUtcOffset(at));

        var result = availability.Check(availability.Directory.Helpdesk);
        var expectedOpen = tuesdayOpen && result.Now.Date == new DateTime(2026, 11, 24);

        Assert.Equal(expectedOpen, result.IsOpen);
        Assert.Equal(at, result.Now);
        Assert.Equal(TimeSpan.FromHours(9), result.Now.Offset);
        Assert.Equal(availability.Check(availability.Directory.Helpdesk, at.ToOffset(TimeSpan.FromHours(-8))), result);
    }

    [Fact]
    public void Configured_extra_closed_days_close_the_helpdesk()
    {
        var (availability, clock) = Create(new Dictionary<string, string?>
        {
            ["Escalation:Contacts:Helpdesk:ClosedDays:0:From"] = "12-29",
            ["Escalation:Contacts:Helpdesk:ClosedDays:0:To"] = "01-03",
            ["Escalation:Contacts:Helpdesk:ClosedDays:0:Reason"] = "年末年始",
            ["Escalation:Contacts:Helpdesk:ClosedDays:1:From"] = "08-14",
            ["Escalation:Contacts:Helpdesk:ClosedDays:1:Reason"] = "夏季休業",
        });

        clock.SetUtcNow(TokyoTime.Tokyo("2026-08-14T10:00")); // a Friday
        var summer = availability.Check(availability.Directory.Helpdesk);
        Assert.Equal("夏季休業", summer.ReasonText);
        Assert.Equal(TokyoTime.Tokyo("2026-08-17T09:00"), summer.NextOpen);

        clock.SetUtcNow(TokyoTime.Tokyo("2026-12-28T17:00"));
        var yearEnd = availability.Check(availability.Directory.Helpdesk);
        Assert.Equal(TokyoTime.Tokyo("2027-01-04T09:00"), yearEnd.NextOpen);

        clock.SetUtcNow(TokyoTime.Tokyo("2026-12-30T10:00"));
        var closed = availability.Check(availability.Directory.Helpdesk);
        Assert.Equal(ClosedReason.ClosedPeriod, closed.Reason);
        Assert.Equal("年末年始", closed.ReasonText);

    }
}

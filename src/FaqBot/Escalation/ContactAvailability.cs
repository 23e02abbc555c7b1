namespace FaqBot.Escalation;

/// <summary>Answers "is this line open now, until when, and when does it open next?" in the configured zone
/// (Asia/Tokyo), whatever the server's own zone, with the clock taken from <see cref="TimeProvider"/>.</summary>
public sealed class ContactAvailability
{
    // Far enough to cross any new-year closure plus a long holiday run; a line closed longer is reported as never opening.
    private const int SearchDays = 400;

    // An opening that runs on past this many days counts as around the clock.
    private const int AlwaysOpenDays = 8;

    private readonly ContactDirectory _directory;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public ContactAvailability(ContactDirectory directory, TimeProvider time)
    {
        _directory = directory;
        _time = time;
    }

    /// <summary>The directory of contacts this service judges.</summary>
    public ContactDirectory Directory => _directory;

    /// <summary>The availability of <paramref name="contact"/> now.</summary>
    public Availability Check(Contact contact) => Check(contact, _time.GetUtcNow());

    /// <summary>The availability of <paramref name="contact"/> at <paramref name="instant"/>.</summary>
    public Availability Check(Contact contact, DateTimeOffset instant)
    {
        var zone = _directory.TimeZone;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var minute = local.Hour * 60 + local.Minute + (local.Second > 0 || local.Millisecond > 0 ? 0.5 : 0.0);
        var today = contact.Hours.GetDay(date);

        foreach (var (start, end) in today.Ranges)
        {
            if (minute >= start && minute < end)
            {
                return new Availability(contact, local, true, OpenUntil(contact, date, end, zone), null,
                    ClosedReason.None, null);
            }
        }

        foreach (var (start, _) in today.Ranges)
        {
            if (start > minute)
            {
                return new Availability(contact, local, false, null, At(date, start, zone),
                    ClosedReason.BeforeOpening, null);
            }
        }

        var reason = today.Ranges.Count > 0 ? ClosedReason.AfterClosing : today.ClosedReason;
        DateTimeOffset? next = null;
        for (var day = 1; day <= SearchDays && next is null; day++)
        {
            var candidate = contact.Hours.GetDay(date.AddDays(day));
            if (candidate.Ranges.Count > 0)
            {
                next = At(candidate.Date, candidate.Ranges[0].Start, zone);
            }
        }
        return new Availability(contact, local, false, null, next, reason, today.ClosedReasonText);
    }

    private static DateTimeOffset? OpenUntil(Contact contact, DateOnly date, int end, TimeZoneInfo zone)
    {
        // An opening that ends at midnight continues when the next day opens at 0:00.
        for (var day = 0; day < AlwaysOpenDays; day++)
        {
            if (end < 24 * 60)
            {
                return At(date, end, zone);
            }
            date = date.AddDays(1);
            var next = contact.Hours.GetDay(date);
            if (next.Ranges.Count == 0 || next.Ranges[0].Start != 0)
            {
                return At(date, 0, zone);
            }
            end = next.Ranges[0].End;
        }
        return null;
    }

    private static DateTimeOffset At(DateOnly date, int minute, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).AddMinutes(minute);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}

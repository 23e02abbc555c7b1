namespace FaqIndex.Content;

/// <summary>The days an entry version is served: from <see cref="From"/> to <see cref="Until"/>, both inclusive, judged
/// as calendar days in Asia/Tokyo; a missing end is open.</summary>
/// <param name="From">The first day served (valid_from), or null for "always already".</param>
/// <param name="Until">The last day served (valid_until), or null for "until further notice".</param>
public readonly record struct ValidityWindow(DateOnly? From, DateOnly? Until)
{
    /// <summary>A window open at both ends (an entry without valid_from or valid_until).</summary>
    public static ValidityWindow Always => default;

    /// <summary>True when <paramref name="day"/> lies inside the window.</summary>
    public bool Contains(DateOnly day) => (From is not { } from || from <= day) && (Until is not { } until || day <= until);

    /// <summary>True when some day lies in both windows.</summary>
    public bool Overlaps(ValidityWindow other) =>
        (From is not { } from || other.Until is not { } otherUntil || from <= otherUntil)
        && (other.From is not { } otherFrom || Until is not { } until || otherFrom <= until);

    /// <summary>True when the whole window lies after <paramref name="day"/>.</summary>
    public bool StartsAfter(DateOnly day) => From is { } from && from > day;

    /// <summary>True when the whole window lies before <paramref name="day"/>.</summary>
    public bool EndsBefore(DateOnly day) => Until is { } until && until < day;

    /// <summary>The window as editors write it, e.g. <c>2026-12-02..2027-03-31</c>, <c>..2026-12-01</c> or <c>always</c>.</summary>
    public override string ToString() => (From, Until) switch
    {
        (null, null) => "always",
        _ => $"{From:yyyy-MM-dd}..{Until:yyyy-MM-dd}",
    };
}

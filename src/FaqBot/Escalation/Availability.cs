namespace FaqBot.Escalation;

/// <summary>Whether a contact answers at a moment, until when, or when it opens next (times in the contact's zone).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="Now">The moment judged, in the contact's zone.</param>
/// <param name="IsOpen">True when a call now would be answered.</param>
/// <param name="OpenUntil">When the current opening ends; null when closed or open around the clock.</param>
/// <param name="NextOpen">When it opens next; null when open now (or never within a year).</param>
/// <param name="Reason">Why it is closed; None when open.</param>
/// <param name="ReasonText">The closed period's wording (e.g. 年末年始) when that is the reason.</param>
public sealed record Availability(
    Contact Contact,
    DateTimeOffset Now,
    bool IsOpen,
    DateTimeOffset? OpenUntil,
    DateTimeOffset? NextOpen,
    ClosedReason Reason,
    string? ReasonText)
{
    /// <summary>True when open now and without an end in sight (a 24-hour, 365-day line).</summary>
    public bool IsAlwaysOpen => IsOpen && OpenUntil is null;
}

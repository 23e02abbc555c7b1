namespace FaqBot.Escalation;

/// <summary>One day of a contact's calendar: its opening ranges (minutes after local midnight, end exclusive) or why
/// it stays closed all day.</summary>
/// <param name="Date">The local day.</param>
/// <param name="Ranges">Opening ranges in order; empty when closed all day.</param>
/// <param name="ClosedReason">Why the day is closed when <paramref name="Ranges"/> is empty, else None.</param>
/// <param name="ClosedReasonText">The closed period's wording (e.g. 年末年始), when that is the reason.</param>
public sealed record BusinessDay(
    DateOnly Date,
    IReadOnlyList<(int Start, int End)> Ranges,
    ClosedReason ClosedReason,
    string? ClosedReasonText);

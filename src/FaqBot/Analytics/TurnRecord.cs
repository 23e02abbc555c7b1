namespace FaqBot.Analytics;

/// <summary>One turn as analytics keeps it. <see cref="Question"/> is redacted before it is stored, whoever built
/// the record.</summary>
/// <param name="Timestamp">When the turn ended (UTC).</param>
/// <param name="Channel">The channel id (webchat, msteams, emulator …).</param>
/// <param name="Audience">Who was asking: member, hr or both.</param>
/// <param name="Kind">What the turn was.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Question">What the member asked (for a choice: the question behind the choices; for Teams feedback:
/// its comment).</param>
/// <param name="EntryId">The entry answered, or the one the feedback is about.</param>
/// <param name="Score">The search's confidence in <paramref name="EntryId"/>, when it came from a search.</param>
/// <param name="Choices">Entry ids offered as choices, best first.</param>
/// <param name="PickedEntryId">The choice the member picked.</param>
/// <param name="Feedback">What the member said about an answer.</param>
/// <param name="LatencyMs">How long the bot took over the turn, in milliseconds.</param>
public sealed record TurnRecord(
    DateTimeOffset Timestamp,
    string Channel,
    string Audience,
    TurnKind Kind,
    TurnStatus Status,
    string? Question,
    string? EntryId,
    double? Score,
    IReadOnlyList<string> Choices,
    string? PickedEntryId,
    TurnFeedback? Feedback,
    double LatencyMs);

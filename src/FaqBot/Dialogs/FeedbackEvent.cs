namespace FaqBot.Dialogs;

/// <summary>One analytics event for editors; <see cref="Question"/> is always redacted (no My Numbers, no phone
/// numbers) and cut short.</summary>
/// <param name="Timestamp">When it happened (UTC).</param>
/// <param name="Kind">What happened.</param>
/// <param name="EntryId">The entry concerned, if any.</param>
/// <param name="Channel">The channel id.</param>
/// <param name="Question">The member's question, redacted, when the event is about what they asked.</param>
public sealed record FeedbackEvent(DateTimeOffset Timestamp, FeedbackKind Kind, string? EntryId, string Channel, string? Question);

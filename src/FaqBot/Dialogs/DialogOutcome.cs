using FaqBot.Analytics;
using FaqBot.Escalation;
using FaqIndex.Content;
using FaqIndex.Search;

namespace FaqBot.Dialogs;

/// <summary>The structured result of one turn (what the replies say, as data), and what analytics records of it.</summary>
/// <param name="Status">How the turn ended.</param>
/// <param name="Entry">The entry answered, if any.</param>
/// <param name="Score">The search's confidence in <paramref name="Entry"/>, if it came from a search.</param>
/// <param name="Alternatives">Other candidate entries (the choices when ambiguous).</param>
/// <param name="Escalation">The helpdesk's availability when the member was referred to it.</param>
public sealed record DialogOutcome(
    DialogStatus Status,
    FaqEntry? Entry,
    double? Score,
    IReadOnlyList<FaqHit> Alternatives,
    Availability? Escalation)
{
    /// <summary>An outcome with nothing to report.</summary>
    public static DialogOutcome Other { get; } = new(DialogStatus.Other, null, null, [], null);

    /// <summary>What the turn was, for analytics.</summary>
    public TurnKind Kind { get; init; } = TurnKind.Other;

    /// <summary>The question the turn is about (the member's text, or the question behind the choices); redacted
    /// by the recorder.</summary>
    public string? Question { get; init; }

    /// <summary>The entry feedback is about, when it is not <see cref="Entry"/>.</summary>
    public string? FeedbackEntryId { get; init; }

    /// <summary>Entry ids offered as choices (on the ambiguous turn and on the turn that answers them).</summary>
    public IReadOnlyList<string> Offered { get; init; } = [];

    /// <summary>The choice the member picked.</summary>
    public string? PickedEntryId { get; init; }

    /// <summary>はい/いいえ given this turn.</summary>
    public TurnFeedback? Feedback { get; init; }
}

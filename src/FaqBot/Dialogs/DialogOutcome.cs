using FaqBot.Escalation;
using FaqIndex.Content;
using FaqIndex.Search;

namespace FaqBot.Dialogs;

/// <summary>The structured result of one turn (what the replies say, as data).</summary>
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
}

namespace FaqBot.Analytics;

/// <summary>What a recorded turn was, so the report can tell questions from the answers to its own questions.</summary>
public enum TurnKind
{
    /// <summary>A new question, searched in the FAQ.</summary>
    Question,

    /// <summary>The member picked one of the offered choices (or none of them).</summary>
    Choice,

    /// <summary>はい/いいえ under an answer, or Teams feedback.</summary>
    Feedback,

    /// <summary>The member asked for a person.</summary>
    Escalation,

    /// <summary>Anything else: help, cancel, a checklist step, an empty message.</summary>
    Other,
}

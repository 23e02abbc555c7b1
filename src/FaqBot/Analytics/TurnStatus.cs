namespace FaqBot.Analytics;

/// <summary>How a recorded turn ended.</summary>
public enum TurnStatus
{
    /// <summary>An FAQ answer (or a guided flow) was given.</summary>
    Answered,

    /// <summary>Choices were offered.</summary>
    Ambiguous,

    /// <summary>The FAQ had no answer; the helpdesk was offered.</summary>
    NoAnswer,

    /// <summary>The member was handed over to the helpdesk.</summary>
    Escalated,

    /// <summary>Nothing to report (welcome, help, thanks).</summary>
    Other,
}

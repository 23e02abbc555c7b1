namespace FaqBot.Dialogs;

/// <summary>How a turn ended, as the CLI and analytics see it.</summary>
public enum DialogStatus
{
    /// <summary>An FAQ answer (or a guided flow) was given.</summary>
    Answered,

    /// <summary>Choices were offered.</summary>
    Ambiguous,

    /// <summary>The FAQ had no answer; the helpdesk was offered.</summary>
    NoAnswer,

    /// <summary>The member was handed over to the helpdesk.</summary>
    Escalated,

    /// <summary>Anything else: welcome, help, cancel, a checklist step, feedback thanks.</summary>
    Other,
}

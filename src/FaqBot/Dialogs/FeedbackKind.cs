namespace FaqBot.Dialogs;

/// <summary>What an analytics event records.</summary>
public enum FeedbackKind
{
    /// <summary>The member said the answer helped (はい).</summary>
    Resolved,

    /// <summary>The member said the answer did not help (いいえ).</summary>
    NotResolved,

    /// <summary>The member picked one of the offered choices: the entry they meant for the question they typed.</summary>
    ChoiceSelected,

    /// <summary>None of the offered choices fitted.</summary>
    NoChoiceFitted,

    /// <summary>The FAQ had no answer to the question.</summary>
    NoAnswer,

    /// <summary>The member was handed over to the helpdesk.</summary>
    Escalated,
}

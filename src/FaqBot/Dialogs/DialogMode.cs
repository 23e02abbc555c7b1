namespace FaqBot.Dialogs;

/// <summary>What the dialog is waiting for in a conversation.</summary>
public enum DialogMode
{
    /// <summary>A new question.</summary>
    Idle,

    /// <summary>はい / いいえ to 「解決しましたか？」 about <see cref="ConversationState.EntryId"/>.</summary>
    AwaitingFeedback,

    /// <summary>One of <see cref="ConversationState.Choices"/> or 「どれにも当てはまらない」.</summary>
    Choosing,

    /// <summary>はい / いいえ to step <see cref="ConversationState.ChecklistStep"/> of the switch-over checklist.</summary>
    Checklist,
}

namespace FaqBot.Dialogs;

/// <summary>What the dialog remembers between turns of one conversation; plain data so any store can serialise it.
/// It never holds what the member typed, only redacted text.</summary>
public sealed class ConversationState
{
    /// <summary>What the next message is expected to be.</summary>
    public DialogMode Mode { get; set; }

    /// <summary>The entry last answered (the subject of feedback).</summary>
    public string? EntryId { get; set; }

    /// <summary>How many times the member said an answer did not help.</summary>
    public int NotResolvedCount { get; set; }

    /// <summary>Entry ids offered as choices, best first.</summary>
    public List<string> Choices { get; set; } = [];

    /// <summary>The question behind the choices, redacted, for analytics.</summary>
    public string? PendingQuestion { get; set; }

    /// <summary>The current checklist step (1–3).</summary>
    public int ChecklistStep { get; set; }

    /// <summary>Forgets any flow in progress (keeps the not-resolved count, which spans questions).</summary>
    public void ResetFlow()
    {
        Mode = DialogMode.Idle;
        EntryId = null;
        Choices = [];
        PendingQuestion = null;
        ChecklistStep = 0;
    }
}

namespace FaqBot.Dialogs;

/// <summary>Implemented by a turn context that wants the turn's structured outcome as well as its replies (the CLI).</summary>
public interface IDialogOutcomeObserver
{
    /// <summary>Called once at the end of the turn.</summary>
    void OnOutcome(DialogOutcome outcome);
}

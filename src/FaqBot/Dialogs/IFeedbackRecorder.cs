namespace FaqBot.Dialogs;

/// <summary>The analytics sink: where feedback, choices and unanswered questions go for editors' reports.</summary>
public interface IFeedbackRecorder
{
    /// <summary>Records one event (already redacted by the caller's <see cref="FeedbackEvent"/> construction).</summary>
    void Record(FeedbackEvent feedback);

    /// <summary>The most recent events, oldest first.</summary>
    IReadOnlyList<FeedbackEvent> Recent { get; }
}

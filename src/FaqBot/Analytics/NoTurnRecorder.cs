namespace FaqBot.Analytics;

/// <summary>The recorder where no analytics is wanted (the <c>ask</c> verb: editors trying questions are not
/// members asking them).</summary>
public sealed class NoTurnRecorder : ITurnRecorder
{
    /// <summary>The one instance.</summary>
    public static NoTurnRecorder Instance { get; } = new();

    /// <inheritdoc />
    public void Record(TurnRecord turn)
    {
    }

    /// <inheritdoc />
    public void RecordFeedback(string channel, string audience, string? entryId, TurnFeedback feedback, string? comment)
    {
    }
}

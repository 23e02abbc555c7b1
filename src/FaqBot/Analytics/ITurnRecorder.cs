namespace FaqBot.Analytics;

/// <summary>Where every turn goes for the editors' report: the one recording seam of the dialog (and of Teams
/// feedback). Never blocks and never throws: a full queue or a missing database costs a record, not a turn.</summary>
public interface ITurnRecorder
{
    /// <summary>Queues a turn for storage.</summary>
    void Record(TurnRecord turn);

    /// <summary>Queues feedback on an entry that arrived outside a dialog turn (Teams' thumbs up/down and its
    /// optional comment).</summary>
    void RecordFeedback(string channel, string audience, string? entryId, TurnFeedback feedback, string? comment);
}

using System.Collections.Concurrent;
using FaqBot.Analytics;

namespace FaqBot.Tests.Dialogs;

/// <summary>Keeps what the dialog hands to analytics, before the writer redacts and stores it (the writer and its
/// databases are tested on real files and servers in Analytics/).</summary>
public sealed class RecordingTurnRecorder : ITurnRecorder
{
    private readonly ConcurrentQueue<TurnRecord> _turns = new();

    public IReadOnlyList<TurnRecord> Turns => [.. _turns];

    public void Record(TurnRecord turn) => _turns.Enqueue(turn);

    public void RecordFeedback(string channel, string audience, string? entryId, TurnFeedback feedback, string? comment) =>
        _turns.Enqueue(new TurnRecord(DateTimeOffset.UnixEpoch, channel, audience, TurnKind.Feedback, TurnStatus.Other, comment,
            entryId, null, [], null, feedback, 0));
}

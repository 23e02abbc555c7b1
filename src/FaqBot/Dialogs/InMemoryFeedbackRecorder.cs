using Microsoft.Extensions.Options;

namespace FaqBot.Dialogs;

/// <summary>The default analytics sink: a bounded in-memory window of recent events, each also written to the log.</summary>
public sealed class InMemoryFeedbackRecorder : IFeedbackRecorder
{
    private readonly Queue<FeedbackEvent> _events = new();
    private readonly int _capacity;
    private readonly ILogger<InMemoryFeedbackRecorder> _log;

    /// <summary>Creates the recorder.</summary>
    public InMemoryFeedbackRecorder(IOptions<DialogOptions> options, ILogger<InMemoryFeedbackRecorder> log)
    {
        _capacity = Math.Max(1, options.Value.MaxFeedbackEvents);
        _log = log;
    }

    /// <inheritdoc />
    public IReadOnlyList<FeedbackEvent> Recent
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    /// <inheritdoc />
    public void Record(FeedbackEvent feedback)
    {
        lock (_events)
        {
            if (_events.Count == _capacity)
            {
                _events.Dequeue();
            }
            _events.Enqueue(feedback);
        }
        _log.LogInformation("Feedback {Kind} entry={EntryId} channel={Channel} question={Question}",
            feedback.Kind, feedback.EntryId, feedback.Channel, feedback.Question);
    }
}

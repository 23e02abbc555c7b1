using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;

namespace FaqBot.Tests.Dialogs;

/// <summary>An in-memory channel: keeps every activity the adapter delivers for one turn.</summary>
public sealed class RecordingChannel : IBotChannel
{
    private int _next;

    public List<Activity> Replies { get; } = [];

    public TurnResult? Admit(Activity activity) => null;

    public Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (Replies)
        {
            Replies.Add(activity);
        }
        return Task.FromResult(new ResourceResponse { Id = $"r{Interlocked.Increment(ref _next)}" });
    }
}

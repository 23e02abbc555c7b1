using FaqBot.Protocol;

namespace FaqBot.Tests.Dialogs;

/// <summary>An in-memory channel for one turn: keeps every activity the bot sends.</summary>
public sealed class RecordingTurnContext(Activity activity) : ITurnContext
{
    private int _next;

    public Activity Activity { get; } = activity;

    public List<Activity> Replies { get; } = [];

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Replies.Add(activity);
        return Task.FromResult(new ResourceResponse { Id = $"r{Interlocked.Increment(ref _next)}" });
    }
}

using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;

namespace FaqBot.Dialogs;

/// <summary>The turn context the dialogs write to: replies are held until the turn's state is saved, so a turn rerun
/// after a save conflict (another instance saved this conversation first) sends its replies once, from the run that
/// counted. Typing indicators go straight through.</summary>
internal sealed class DeferredTurnContext(ITurnContext inner) : ITurnContext
{
    private readonly List<Activity> _replies = [];

    /// <inheritdoc />
    public Activity Activity => inner.Activity;

    /// <inheritdoc />
    public TurnState TurnState => inner.TurnState;

    /// <inheritdoc />
    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Typing)
        {
            return inner.SendActivityAsync(activity, cancellationToken);
        }
        _replies.Add(activity);
        return Task.FromResult(new ResourceResponse());
    }

    /// <inheritdoc />
    public void OnSendActivity(SendActivityHandler handler) => inner.OnSendActivity(handler);

    /// <summary>Drops what this run would have sent (its turn is being rerun).</summary>
    public void Discard() => _replies.Clear();

    /// <summary>Sends the held replies, in order, through the real context (and its send handlers).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var reply in _replies)
        {
            await inner.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        _replies.Clear();
    }
}

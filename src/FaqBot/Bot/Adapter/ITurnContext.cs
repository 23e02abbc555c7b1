using FaqBot.Bot.Schema;

namespace FaqBot.Bot.Adapter;

/// <summary>What the bot and the middleware see of one turn: the inbound activity, values set for the turn, and the
/// way replies reach the channel it came from.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity.</summary>
    Activity Activity { get; }

    /// <summary>Values that live for this turn only (the asker's audience, the dialog's outcome …).</summary>
    TurnState TurnState { get; }

    /// <summary>Sends a reply or other activity to the conversation; returns the id the channel gave it. An activity
    /// of type <see cref="ActivityTypes.InvokeResponse"/> is not sent but becomes the turn's invoke response.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Adds a step every later send of this turn passes through (last added runs first), e.g. to turn a
    /// reply into a card or pace sends for a channel.</summary>
    void OnSendActivity(SendActivityHandler handler);
}

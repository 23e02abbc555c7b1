namespace FaqBot.Bot.Adapter;

/// <summary>The bot's logic for one turn: what the service does with each inbound activity, whatever the channel.</summary>
public interface IBot
{
    /// <summary>Handles the activity in <paramref name="turn"/>, sending any replies through it.</summary>
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}

using FaqBot.Bot.Schema;
using FaqBot.Dialogs;
using FaqIndex.Text;

namespace FaqBot.Bot.Adapter;

/// <summary>The one turn-error handler (BotBuilder's OnTurnError): logs the failure without member text or tokens,
/// clears the conversation's state so the next turn cannot fail the same way, apologises in Japanese, and lets the
/// service carry on.</summary>
public sealed class TurnErrorHandler(IEnumerable<IConversationReset> resets, ILogger<TurnErrorHandler> log)
{
    /// <summary>Handles <paramref name="error"/> thrown by the bot or a middleware during <paramref name="turn"/>.</summary>
    public async Task HandleAsync(ITurnContext turn, Exception error)
    {
        var activity = turn.Activity;
        // The exception text may quote what the member typed: redact it, keep the stack for the developer.
        log.LogError("Turn {ActivityId} ({ActivityType}) on {ChannelId} failed: {ExceptionType}: {Message}\n{StackTrace}",
            activity.Id, activity.Type, activity.ChannelId, error.GetType().FullName, LogRedactor.Redact(error.Message), error.StackTrace);
        if (activity.ChannelId is { } channelId && activity.Conversation?.Id is { } conversationId)
        {
            foreach (var reset in resets)
            {
                try
                {
                    await reset.ResetAsync(channelId, conversationId, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception resetError)
                {
                    log.LogError("Clearing the conversation's state after a failed turn failed too: {ExceptionType}",
                        resetError.GetType().FullName);
                }
            }
        }
        try
        {
            await turn.SendActivityAsync(activity.CreateReply(Messages.TurnError), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception sendError)
        {
            log.LogError("Could not send the apology for turn {ActivityId}: {ExceptionType}", activity.Id, sendError.GetType().FullName);
        }
    }
}

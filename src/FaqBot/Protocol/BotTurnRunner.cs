using Microsoft.Extensions.Options;

namespace FaqBot.Protocol;

/// <summary>Runs one turn of the bot for any channel: cuts overlong text, sends a typing indicator before slow
/// answers, and is the last-resort error handler (log, reset the conversation, apologise, stay up).</summary>
public sealed class BotTurnRunner
{
    private readonly IOptionsMonitor<BotOptions> _options;
    private readonly TimeProvider _time;
    private readonly IEnumerable<IConversationReset> _resets;
    private readonly ILogger<BotTurnRunner> _log;

    /// <summary>Creates the runner.</summary>
    public BotTurnRunner(IOptionsMonitor<BotOptions> options, TimeProvider time, IEnumerable<IConversationReset> resets,
        ILogger<BotTurnRunner> log)
    {
        _options = options;
        _time = time;
        _resets = resets;
        _log = log;
    }

    /// <summary>Runs <paramref name="bot"/> on <paramref name="activity"/>, replies going to <paramref name="channel"/>.
    /// Never throws for a failure of the bot; cancellation by the caller ends the turn quietly.</summary>
    public async Task RunAsync(IBot bot, Activity activity, IReplyChannel channel, CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        CutText(activity, options.MaxTextLength);
        var turn = new TurnContext(activity, channel);
        ITimer? typingTimer = null;
        if (activity.Type == ActivityTypes.Message && options.TypingDelay > TimeSpan.Zero)
        {
            typingTimer = _time.CreateTimer(static state => _ = SendTypingAsync((TurnContext)state!), turn,
                options.TypingDelay, Timeout.InfiniteTimeSpan);
        }
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _log.LogInformation("Turn {ActivityId} on {ChannelId} was cancelled by the caller.", activity.Id, activity.ChannelId);
        }
        catch (Exception ex)
        {
            await HandleTurnErrorAsync(turn, ex, options).ConfigureAwait(false);
        }
        finally
        {
            typingTimer?.Dispose();
            await turn.CompleteAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleTurnErrorAsync(TurnContext turn, Exception ex, BotOptions options)
    {
        var activity = turn.Activity;
        // The exception text may quote what the member typed: redact digits, keep the stack for the developer.
        _log.LogError("Turn {ActivityId} ({ActivityType}) on {ChannelId} failed: {ExceptionType}: {Message}\n{StackTrace}",
            activity.Id, activity.Type, activity.ChannelId, ex.GetType().FullName, FaqIndex.Text.PersonalDataRedactor.Redact(ex.Message), ex.StackTrace);
        if (activity.ChannelId is { } channelId && activity.Conversation?.Id is { } conversationId)
        {
            foreach (var reset in _resets)
            {
                try
                {
                    await reset.ResetAsync(channelId, conversationId, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception resetError)
                {
                    _log.LogError("Resetting conversation state after a failed turn failed too: {ExceptionType}",
                        resetError.GetType().FullName);
                }
            }
        }
        try
        {
            await turn.SendActivityAsync(activity.CreateReply(options.ErrorMessage), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception sendError)
        {
            _log.LogError("Could not send the apology for turn {ActivityId}: {ExceptionType}", activity.Id, sendError.GetType().FullName);
        }
    }

    private static async Task SendTypingAsync(TurnContext turn)
    {
        try
        {
            await turn.SendTypingIfSilentAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A lost typing indicator is harmless; the channel already logged why.
        }
    }

    /// <summary>Cuts message text to <paramref name="maxLength"/> UTF-16 units without splitting a surrogate pair.</summary>
    internal static void CutText(Activity activity, int maxLength)
    {
        var text = activity.Text;
        if (text is null || text.Length <= maxLength)
        {
            return;
        }
        var cut = maxLength;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }
        activity.Text = text[..cut];
    }
}

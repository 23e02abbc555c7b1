using FaqBot.Operations;
using FaqBot.Protocol;
using FaqBot.State;
using FaqIndex.Content;
using Microsoft.Extensions.Options;

namespace FaqBot.Dialogs;

/// <summary>The bot members talk to: loads the conversation's state, runs <see cref="FaqDialog"/>, saves the state
/// after every turn (the only component that does), and handles a failed turn: log, clear the state so it cannot
/// loop, apologise in Japanese, and keep serving.</summary>
public sealed class FaqDialogBot : IBot
{
    private readonly FaqDialog _dialog;
    private readonly IConversationStateStore _store;
    private readonly DialogOptions _options;
    private readonly ILogger<FaqDialogBot> _log;
    private readonly FaqBotMetrics _metrics;

    // A turn rerun this often after save conflicts is racing a flood of turns of the same conversation.
    private const int MaxSaveAttempts = 3;

    /// <summary>Creates the bot.</summary>
    public FaqDialogBot(FaqDialog dialog, IConversationStateStore store, IOptions<DialogOptions> options,
        ILogger<FaqDialogBot> log, FaqBotMetrics metrics)
    {
        _metrics = metrics;
        _dialog = dialog;
        _store = store;
        _options = options.Value;
        _log = log;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate))
        {
            return; // typing, events and the like need no answer
        }
        ConversationKey? key = activity.Conversation?.Id is { Length: > 0 } conversationId
            ? new ConversationKey(activity.ChannelId ?? "unknown", conversationId)
            : null;
        DialogTurn? dialogTurn = null;
        var status = "error";
        try
        {
            var replies = new DeferredTurnContext(turn);
            for (var attempt = 1; ; attempt++)
            {
                var stored = key is { } k ? await _store.LoadAsync(k, cancellationToken).ConfigureAwait(false) : null;
                dialogTurn = new DialogTurn(replies, stored?.State ?? new ConversationState(), AudienceOf(turn), cancellationToken);
                if (activity.Type == ActivityTypes.ConversationUpdate)
                {
                    await _dialog.OnConversationUpdateAsync(dialogTurn).ConfigureAwait(false);
                }
                else
                {
                    await _dialog.OnMessageAsync(dialogTurn).ConfigureAwait(false);
                }
                if (key is not { } saveKey
                    || await _store.TrySaveAsync(saveKey, dialogTurn.State, stored?.Version ?? 0, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }
                if (attempt == MaxSaveAttempts)
                {
                    // Still racing another turn of this conversation: answer from this run; its state is not kept.
                    _log.LogWarning("Turn on {Channel} lost the state race {Attempts} times; its state was not saved.",
                        activity.ChannelId, attempt);
                    break;
                }
                // Another turn of this conversation saved first: run this one again on the state it left.
                replies.Discard();
            }
            await replies.FlushAsync(cancellationToken).ConfigureAwait(false);
            status = StatusName(dialogTurn.Outcome.Status);
            _log.LogDebug("Turn on {Channel}: {Status} {EntryId}", activity.ChannelId, dialogTurn.Outcome.Status,
                dialogTurn.Outcome.Entry?.Id);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            await OnTurnErrorAsync(turn, key, ex).ConfigureAwait(false);
            if (dialogTurn is not null)
            {
                dialogTurn.Outcome = DialogOutcome.Other;
            }
        }
        _metrics.TurnCompleted(activity.ChannelId, status);
        (turn as IDialogOutcomeObserver)?.OnOutcome(dialogTurn?.Outcome ?? DialogOutcome.Other);
    }

    private static string StatusName(DialogStatus status) => status switch
    {
        DialogStatus.Answered => "answered",
        DialogStatus.Ambiguous => "ambiguous",
        DialogStatus.NoAnswer => "no_answer",
        DialogStatus.Escalated => "escalated",
        _ => "other",
    };

    private async Task OnTurnErrorAsync(ITurnContext turn, ConversationKey? key, Exception ex)
    {
        // The message may quote what the member typed: redact digits.
        _log.LogError("Dialog turn on {Channel} failed: {ExceptionType}: {Message}\n{StackTrace}", turn.Activity.ChannelId,
            ex.GetType().FullName, LogRedactor.Redact(ex.Message), ex.StackTrace);
        try
        {
            if (key is { } k)
            {
                await _store.DeleteAsync(k, CancellationToken.None).ConfigureAwait(false);
            }
            var apology = turn.Activity.CreateReply(Messages.TurnError);
            await turn.SendActivityAsync(apology, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception inner)
        {
            _log.LogError("Recovering from a failed dialog turn failed too: {ExceptionType}", inner.GetType().FullName);
        }
    }

    private Audience AudienceOf(ITurnContext turn)
    {
        if (turn is ITurnAudience known)
        {
            return known.Audience;
        }
        var channel = turn.Activity.ChannelId;
        return channel is not null && _options.ChannelAudiences.TryGetValue(channel, out var audience) && audience != Audience.None
            ? audience
            : Audience.Member;
    }
}

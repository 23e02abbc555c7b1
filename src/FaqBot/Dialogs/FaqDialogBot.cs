using FaqBot.Analytics;
using FaqBot.Protocol;
using FaqIndex.Content;
using FaqIndex.Text;
using Microsoft.Extensions.Options;

namespace FaqBot.Dialogs;

/// <summary>The bot members talk to: loads the conversation's state, runs <see cref="FaqDialog"/>, saves the state
/// after every turn (the only component that does), and handles a failed turn: log, clear the state so it cannot
/// loop, apologise in Japanese, and keep serving.</summary>
public sealed class FaqDialogBot : IBot
{
    private readonly FaqDialog _dialog;
    private readonly IConversationStateStore _store;
    private readonly ITurnRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly DialogOptions _options;
    private readonly ILogger<FaqDialogBot> _log;

    /// <summary>Creates the bot.</summary>
    public FaqDialogBot(FaqDialog dialog, IConversationStateStore store, ITurnRecorder recorder, TimeProvider time,
        IOptions<DialogOptions> options, ILogger<FaqDialogBot> log)
    {
        _dialog = dialog;
        _store = store;
        _recorder = recorder;
        _time = time;
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
        var started = _time.GetTimestamp();
        try
        {
            var state = key is { } k ? await _store.LoadAsync(k, cancellationToken).ConfigureAwait(false) : null;
            dialogTurn = new DialogTurn(turn, state ?? new ConversationState(), AudienceOf(turn), cancellationToken);
            if (activity.Type == ActivityTypes.ConversationUpdate)
            {
                await _dialog.OnConversationUpdateAsync(dialogTurn).ConfigureAwait(false);
            }
            else
            {
                await _dialog.OnMessageAsync(dialogTurn).ConfigureAwait(false);
            }
            if (key is { } saveKey)
            {
                await _store.SaveAsync(saveKey, dialogTurn.State, cancellationToken).ConfigureAwait(false);
            }
            _log.LogDebug("Turn on {Channel}: {Status} {EntryId} question={Question}", activity.ChannelId, dialogTurn.Outcome.Status,
                dialogTurn.Outcome.Entry?.Id, PersonalDataRedactor.Redact(dialogTurn.Outcome.Question));
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
        if (activity.Type == ActivityTypes.Message && dialogTurn is not null)
        {
            Record(dialogTurn, _time.GetElapsedTime(started));
        }
        (turn as IDialogOutcomeObserver)?.OnOutcome(dialogTurn?.Outcome ?? DialogOutcome.Other);
    }

    // The one place a turn reaches analytics (the recorder redacts the text).
    private void Record(DialogTurn turn, TimeSpan latency)
    {
        var outcome = turn.Outcome;
        var offered = outcome.Offered;
        _recorder.Record(new TurnRecord(
            _time.GetUtcNow(),
            turn.Channel,
            AudienceCode(turn.Audience),
            outcome.Kind,
            StatusOf(outcome.Status),
            outcome.Question,
            outcome.Entry?.Id ?? outcome.FeedbackEntryId,
            outcome.Score,
            offered,
            outcome.PickedEntryId,
            outcome.Feedback,
            latency.TotalMilliseconds));
    }

    private static TurnStatus StatusOf(DialogStatus status) => status switch
    {
        DialogStatus.Answered => TurnStatus.Answered,
        DialogStatus.Ambiguous => TurnStatus.Ambiguous,
        DialogStatus.NoAnswer => TurnStatus.NoAnswer,
        DialogStatus.Escalated => TurnStatus.Escalated,
        _ => TurnStatus.Other,
    };

    private static string AudienceCode(Audience audience) => audience switch
    {
        Audience.Hr => "hr",
        Audience.Both => "both",
        _ => "member",
    };

    private async Task OnTurnErrorAsync(ITurnContext turn, ConversationKey? key, Exception ex)
    {
        // The message may quote what the member typed: redact digits.
        _log.LogError("Dialog turn on {Channel} failed: {ExceptionType}: {Message}\n{StackTrace}", turn.Activity.ChannelId,
            ex.GetType().FullName, PersonalDataRedactor.Redact(ex.Message), ex.StackTrace);
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

using FaqBot.Analytics;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Operations;
using FaqBot.State;
using FaqIndex.Content;
using FaqIndex.Text;
using Microsoft.Extensions.Options;

namespace FaqBot.Dialogs;

/// <summary>The bot members talk to: loads the conversation's state, runs <see cref="FaqDialog"/>, saves the state
/// after every turn (the only component that does; through the channel's <see cref="ITurnCommit"/> when it offers one)
/// with a version check, rerunning the turn on the newer state when
/// another turn of the conversation saved first, records the turn for analytics (the one place that does), and leaves
/// the turn's outcome in the turn state. A failed turn is
/// the adapter's <see cref="TurnErrorHandler"/>'s to handle.</summary>
public sealed class FaqDialogBot : IBot
{
    private readonly FaqDialog _dialog;
    private readonly IConversationStateStore _store;
    private readonly ITurnRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly DialogOptions _options;
    private readonly ILogger<FaqDialogBot> _log;
    private readonly FaqBotMetrics _metrics;

    // A turn rerun this often after save conflicts is racing a flood of turns of the same conversation.
    private const int MaxSaveAttempts = 3;

    /// <summary>Creates the bot.</summary>
    public FaqDialogBot(FaqDialog dialog, IConversationStateStore store, ITurnRecorder recorder, TimeProvider time,
        IOptions<DialogOptions> options, ILogger<FaqDialogBot> log, FaqBotMetrics metrics)
    {
        _metrics = metrics;
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
        var started = _time.GetTimestamp();
        DialogTurn dialogTurn;
        try
        {
            dialogTurn = await RunAsync(turn, key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _metrics.TurnCompleted(activity.ChannelId, "error");
            throw;
        }
        _metrics.TurnCompleted(activity.ChannelId, TurnRecordCodes.Of(StatusOf(dialogTurn.Outcome.Status)));
        _log.LogDebug("Turn on {Channel}: {Status} {EntryId} question={Question}", activity.ChannelId, dialogTurn.Outcome.Status,
            dialogTurn.Outcome.Entry?.Id, PersonalDataRedactor.Redact(dialogTurn.Outcome.Question));
        if (activity.Type == ActivityTypes.Message)
        {
            Record(dialogTurn, _time.GetElapsedTime(started));
        }
        turn.TurnState.Set(dialogTurn.Outcome);
    }

    private async Task<DialogTurn> RunAsync(ITurnContext turn, ConversationKey? key, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var replies = new DeferredTurnContext(turn);
        // A channel that stores the turn and the state in one step (Direct Line on Redis) saves it; elsewhere the store.
        var commit = key is not null && _store is RedisConversationStateStore && turn.TurnState.TryGet<ITurnCommit>(out var offered)
            ? offered
            : null;
        for (var attempt = 1; ; attempt++)
        {
            var stored = key is { } k ? await _store.LoadAsync(k, cancellationToken).ConfigureAwait(false) : null;
            var dialogTurn = new DialogTurn(replies, stored?.State ?? new ConversationState(), AudienceOf(turn), cancellationToken);
            if (activity.Type == ActivityTypes.ConversationUpdate)
            {
                await _dialog.OnConversationUpdateAsync(dialogTurn).ConfigureAwait(false);
            }
            else
            {
                await _dialog.OnMessageAsync(dialogTurn).ConfigureAwait(false);
            }
            if (commit is not null)
            {
                // The replies go to the channel first: the commit stores them with the state, or with nothing on a conflict.
                await replies.FlushAsync(cancellationToken).ConfigureAwait(false);
                var version = stored?.Version ?? 0;
                var bytes = RedisConversationStateStore.Serialize(dialogTurn.State, version) ?? [];
                if (await commit.TryCommitAsync(key!.Value.ConversationId, bytes, version, cancellationToken).ConfigureAwait(false))
                {
                    return dialogTurn;
                }
                if (attempt < MaxSaveAttempts)
                {
                    commit.DropReplies();
                    continue;
                }
                // The channel keeps this run's replies and stores them after the turn, without the state.
                LogLostRace(activity, attempt);
                return dialogTurn;
            }
            var saved = key is not { } saveKey
                || await _store.TrySaveAsync(saveKey, dialogTurn.State, stored?.Version ?? 0, cancellationToken).ConfigureAwait(false);
            if (!saved && attempt < MaxSaveAttempts)
            {
                // Another turn of this conversation saved first: run this one again on the state it left.
                replies.Discard();
                continue;
            }
            if (!saved)
            {
                LogLostRace(activity, attempt);
            }
            await replies.FlushAsync(cancellationToken).ConfigureAwait(false);
            return dialogTurn;
        }
    }

    // Still racing other turns of this conversation: answer from this run; its state is not kept.
    private void LogLostRace(Activity activity, int attempt) =>
        _log.LogWarning("Turn on {Channel} lost the state race {Attempts} times; its state was not saved.",
            activity.ChannelId, attempt);

    // The one place a turn reaches analytics (the recorder redacts the text).
    private void Record(DialogTurn turn, TimeSpan latency)
    {
        var outcome = turn.Outcome;
        _recorder.Record(new TurnRecord(
            _time.GetUtcNow(),
            turn.Channel,
            TurnRecordCodes.Of(turn.Audience),
            outcome.Kind,
            StatusOf(outcome.Status),
            outcome.Question,
            outcome.Entry?.Id ?? outcome.FeedbackEntryId,
            outcome.Score,
            outcome.Offered,
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

    private Audience AudienceOf(ITurnContext turn)
    {
        if (turn.TurnState.TryGet<Audience>(out var known) && known != Audience.None)
        {
            return known; // the channel knows who is asking (the CLI's --audience, Teams' HR tenants)
        }
        var channel = turn.Activity.ChannelId;
        return channel is not null && _options.ChannelAudiences.TryGetValue(channel, out var audience) && audience != Audience.None
            ? audience
            : Audience.Member;
    }
}

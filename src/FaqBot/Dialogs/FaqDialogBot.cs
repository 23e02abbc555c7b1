using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqIndex.Content;
using Microsoft.Extensions.Options;

namespace FaqBot.Dialogs;

/// <summary>The bot members talk to: loads the conversation's state, runs <see cref="FaqDialog"/>, saves the state
/// after every turn (the only component that does), and leaves the turn's outcome in the turn state. A failed turn
/// is the adapter's <see cref="TurnErrorHandler"/>'s to handle.</summary>
public sealed class FaqDialogBot : IBot
{
    private readonly FaqDialog _dialog;
    private readonly IConversationStateStore _store;
    private readonly DialogOptions _options;
    private readonly ILogger<FaqDialogBot> _log;

    /// <summary>Creates the bot.</summary>
    public FaqDialogBot(FaqDialog dialog, IConversationStateStore store, IOptions<DialogOptions> options,
        ILogger<FaqDialogBot> log)
    {
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
        var state = key is { } k ? await _store.LoadAsync(k, cancellationToken).ConfigureAwait(false) : null;
        var dialogTurn = new DialogTurn(turn, state ?? new ConversationState(), AudienceOf(turn), cancellationToken);
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
        _log.LogDebug("Turn on {Channel}: {Status} {EntryId}", activity.ChannelId, dialogTurn.Outcome.Status,
            dialogTurn.Outcome.Entry?.Id);
        turn.TurnState.Set(dialogTurn.Outcome);
    }

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

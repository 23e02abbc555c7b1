using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.State;

namespace FaqBot.Channels.DirectLine;

/// <summary>Direct Line as a channel of the adapter: the conversation's token was checked already, and the turn's
/// activities go into the conversation, where the member's streams and polls find them — the member's own activity
/// first, then the replies, stored together in one step when the turn is committed.</summary>
/// <remarks>On Redis the channel is also the turn's <see cref="ITurnCommit"/>: the bot's state save and the turn's
/// activities go in one script call (one round trip fewer a turn). A typing indicator cannot wait for the end of the turn: it is stored at once, with whatever the turn holds
/// so far (the member's activity), so the order stays the member's, then the bot's.</remarks>
internal sealed class DirectLineReplyChannel : IBotChannel, ITurnCommit
{
    private readonly IDirectLineConversation _conversation;
    private readonly Activity? _member;
    private readonly string? _pendingId;
    private readonly List<Activity> _held = new(4);
    private string? _memberId;

    /// <summary>Holds <paramref name="member"/> (null for a turn no member sent, the welcome) until the turn is
    /// committed; its id until then is a pending one, which the replies' replyToId name and the store replaces.</summary>
    public DirectLineReplyChannel(IDirectLineConversation conversation, Activity? member)
    {
        _conversation = conversation;
        _member = member;
        if (member is not null)
        {
            member.Id = _pendingId = conversation.Id + "|pending";
            _held.Add(member);
        }
    }

    public TurnResult? Admit(Activity activity) => null;

    /// <summary>The turn state to run the turn with: the commit is offered when the conversation lives in Redis
    /// (elsewhere, in memory or in an outage's fallback, the state store saves the state as before).</summary>
    public TurnState? TurnState() => _conversation is RedisDirectLineConversation ? new TurnState().Set<ITurnCommit>(this) : null;

    public async Task<bool> TryCommitAsync(string conversationId, byte[] state, long expectedVersion, CancellationToken cancellationToken)
    {
        if (_conversation is not RedisDirectLineConversation redis || conversationId != redis.Id)
        {
            throw new InvalidOperationException("The turn commit saves the state of its own Redis conversation only.");
        }
        string[]? ids;
        try
        {
            FixReplyTo();
            ids = await redis.CommitTurnAsync(_held, state, expectedVersion).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SharedStateUnavailableException or DirectLineConversationGoneException)
        {
            // The outage is logged once by the conversation; the state is best effort (as the store's save), and what
            // the turn holds is stored after the turn by the usual path (the fallback, or the conversation started again).
            return true;
        }
        if (ids is null)
        {
            return false;
        }
        Stored(ids);
        return true;
    }

    public void DropReplies()
    {
        // What the turn holds before its replies: the member's activity, unless a typing indicator stored it already.
        var keep = _held.Count > 0 && _member is not null && ReferenceEquals(_held[0], _member) ? 1 : 0;
        _held.RemoveRange(keep, _held.Count - keep);
    }

    // The adapter delivers one activity at a time, and commits after the turn's last delivery.
    public async Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        _held.Add(activity);
        if (activity.Type != ActivityTypes.Typing)
        {
            return new ResourceResponse(); // its id is given when the turn is committed
        }
        try
        {
            await StoreHeldAsync(_conversation).ConfigureAwait(false);
        }
        catch
        {
            // A lost typing indicator is harmless, and one stored late would follow the answer.
            _held.Remove(activity);
            throw;
        }
        return new ResourceResponse { Id = activity.Id };
    }

    /// <summary>Stores what the turn holds in <paramref name="conversation"/> (the one it ran in, or where the
    /// conversation lives now) and returns the member's activity id; throws as
    /// <see cref="IDirectLineConversation.AppendAsync"/> does, keeping what it holds.</summary>
    public async Task<string?> CommitAsync(IDirectLineConversation conversation)
    {
        await StoreHeldAsync(conversation).ConfigureAwait(false);
        return _memberId;
    }

    private async Task StoreHeldAsync(IDirectLineConversation conversation)
    {
        if (_held.Count == 0)
        {
            return;
        }
        FixReplyTo();
        Stored(await conversation.AppendAsync(_held, CancellationToken.None).ConfigureAwait(false));
    }

    // Replies made before a typing indicator stored the member's activity name it by its pending id.
    private void FixReplyTo()
    {
        if (_memberId is null)
        {
            return;
        }
        foreach (var activity in _held)
        {
            if (activity.ReplyToId == _pendingId)
            {
                activity.ReplyToId = _memberId;
            }
        }
    }

    private void Stored(string[] ids)
    {
        if (_memberId is null && _member is not null && _held.Count > 0 && ReferenceEquals(_held[0], _member))
        {
            _memberId = ids[0];
        }
        _held.Clear();
    }
}

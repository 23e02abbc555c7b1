using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.State;

namespace FaqBot.Channels.DirectLine;

/// <summary>Direct Line as a channel of the adapter: the conversation's token was checked already, and the turn's
/// activities go into the conversation, where the member's streams and polls find them — the member's own activity
/// first, then the replies, stored together in one step when the turn is committed.</summary>
/// <remarks>A typing indicator cannot wait for the end of the turn: it is stored at once, with whatever the turn holds
/// so far (the member's activity), so the order stays the member's, then the bot's.</remarks>
internal sealed class DirectLineReplyChannel : IBotChannel
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
        if (_memberId is not null)
        {
            // Replies made before a typing indicator stored the member's activity name it by its pending id.
            foreach (var activity in _held)
            {
                if (activity.ReplyToId == _pendingId)
                {
                    activity.ReplyToId = _memberId;
                }
            }
        }
        var ids = await conversation.AppendAsync(_held, CancellationToken.None).ConfigureAwait(false);
        if (_memberId is null && _member is not null && ReferenceEquals(_held[0], _member))
        {
            _memberId = ids[0];
        }
        _held.Clear();
    }
}

using FaqBot.Bot.Schema;

namespace FaqBot.State;

/// <summary>One Direct Line conversation: its activities as JSON, numbered by a sequence that is the watermark, and a
/// signal that wakes streams (on any instance, for a shared store) when something is added.</summary>
public interface IDirectLineConversation
{
    /// <summary>The conversation's id.</summary>
    string Id { get; }

    /// <summary>The member's id, from the token.</summary>
    string UserId { get; }

    /// <summary>Cancelled when the store drops the conversation, so open streams close.</summary>
    CancellationToken Ended { get; }

    /// <summary>Marks a WebSocket stream open on the conversation until the lease is disposed: a conversation with an
    /// open stream is in use (a member who opened the chat but has not typed yet), so a store making room skips it.</summary>
    DirectLineStreamLease OpenStream();

    /// <summary>Marks the conversation as used now (a read, a reconnect), which keeps it from expiring.</summary>
    Task TouchAsync(CancellationToken cancellationToken);

    /// <summary>Stores an activity: gives it the server id <c>{conversationId}|{sequence}</c> and a timestamp, then
    /// wakes the streams. A member's text is stored redacted. Returns the id; throws
    /// <see cref="DirectLineConversationGoneException"/> when the conversation no longer exists.</summary>
    Task<string> AppendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Activities after <paramref name="watermark"/>, at most <paramref name="max"/>, and the watermark to
    /// send next time (the last one returned, or <paramref name="watermark"/> when nothing is new).</summary>
    Task<(List<byte[]> Activities, long Watermark)> ReadAfterAsync(long watermark, int max, CancellationToken cancellationToken);

    /// <summary>A task that completes at the next append (or, for a shared store, after a short while at the latest,
    /// so a lost notification delays a stream instead of stalling it).</summary>
    Task NextChange();
}

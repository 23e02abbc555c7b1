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

    /// <summary>Stores activities in order, in one step: each gets the server id <c>{conversationId}|{sequence}</c>
    /// (consecutive sequences) and a timestamp, a member's text is stored redacted, and a reply naming an earlier
    /// activity of the batch by the id it had before is pointed at that activity's server id; then wakes the streams.
    /// Returns the ids, in order; throws <see cref="DirectLineConversationGoneException"/> when the conversation no
    /// longer exists (and stores nothing).</summary>
    Task<string[]> AppendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Activities after <paramref name="watermark"/>, at most <paramref name="max"/>, and the watermark to
    /// send next time (the last one returned, or <paramref name="watermark"/> when nothing is new).</summary>
    Task<(List<byte[]> Activities, long Watermark)> ReadAfterAsync(long watermark, int max, CancellationToken cancellationToken);

    /// <summary>A task that completes at the next append (or, for a shared store, after a short while at the latest,
    /// so a lost notification delays a stream instead of stalling it).</summary>
    Task NextChange();
}

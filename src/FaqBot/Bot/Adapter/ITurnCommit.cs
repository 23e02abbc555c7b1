namespace FaqBot.Bot.Adapter;

/// <summary>Offered by a channel in the turn state when it can store the turn's replies and the conversation's state
/// in one step: the bot sends its replies, then commits, instead of saving the state apart (one round trip fewer).</summary>
public interface ITurnCommit
{
    /// <summary>Saves <paramref name="state"/> (serialised; the untouched state of a fresh conversation writes nothing)
    /// if the stored version is still <paramref name="expectedVersion"/> (0: none), and in the same step stores what the
    /// turn sent so far. False on a version conflict: nothing was stored, and the bot drops its replies and reruns.
    /// True also when the store could not be reached: the channel then stores what it holds its usual way.</summary>
    Task<bool> TryCommitAsync(string conversationId, byte[] state, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Forgets the replies sent since the turn began (after a conflict); the member's own activity stays.</summary>
    void DropReplies();
}

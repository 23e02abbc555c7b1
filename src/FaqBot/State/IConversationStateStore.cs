using FaqBot.Dialogs;

namespace FaqBot.State;

/// <summary>Keeps each conversation's <see cref="ConversationState"/> between turns, with a version checked on save so
/// two instances (or two requests) running turns of one conversation never overwrite each other's turn.</summary>
public interface IConversationStateStore
{
    /// <summary>The saved state and its version, or null for a new (or expired) conversation.</summary>
    Task<StoredConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>Saves the state after a turn if the stored version is still <paramref name="expectedVersion"/>
    /// (0: nothing stored); false when another turn saved first, so the caller reruns its turn on the newer state.</summary>
    Task<bool> TrySaveAsync(ConversationKey key, ConversationState state, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Forgets the conversation.</summary>
    Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken);
}

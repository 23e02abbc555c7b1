namespace FaqBot.Dialogs;

/// <summary>Keeps each conversation's <see cref="ConversationState"/> between turns (in memory by default; a
/// shared store such as Redis can replace it).</summary>
public interface IConversationStateStore
{
    /// <summary>The saved state, or null for a new (or expired) conversation.</summary>
    Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>Saves the state after a turn.</summary>
    Task SaveAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken);

    /// <summary>Forgets the conversation.</summary>
    Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken);
}

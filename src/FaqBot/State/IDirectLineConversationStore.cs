namespace FaqBot.State;

/// <summary>Where Direct Line conversations and their activity logs live: this process's memory, or Redis so that
/// every instance serves every conversation.</summary>
public interface IDirectLineConversationStore
{
    /// <summary>The conversation, or null when unknown, expired or dropped.</summary>
    Task<IDirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The conversation a member's signed token names, to post into. A shared store may hand it out without a
    /// lookup (one round trip less per turn): the token already names the conversation and its member, and the first
    /// append throws <see cref="DirectLineConversationGoneException"/> when it no longer exists.</summary>
    Task<IDirectLineConversation?> OpenAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        FindAsync(conversationId, cancellationToken);

    /// <summary>Returns the conversation with this id, creating it when new; null when the store is full of
    /// conversations members are using, which are never dropped for a new empty one.</summary>
    Task<(IDirectLineConversation? Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId,
        CancellationToken cancellationToken);
}

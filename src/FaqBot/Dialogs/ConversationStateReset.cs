using FaqBot.Bot.Adapter;

namespace FaqBot.Dialogs;

/// <summary>Lets the protocol's last-resort error handler clear a conversation's dialog state after a failed turn.</summary>
public sealed class ConversationStateReset(IConversationStateStore store) : IConversationReset
{
    /// <inheritdoc />
    public Task ResetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        store.DeleteAsync(new ConversationKey(channelId, conversationId), cancellationToken);
}

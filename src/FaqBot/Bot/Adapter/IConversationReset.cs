namespace FaqBot.Bot.Adapter;

/// <summary>Optional hook for whoever keeps conversation state: called after a turn failed so the next turn starts
/// clean instead of failing the same way again.</summary>
public interface IConversationReset
{
    /// <summary>Forgets the state of one conversation.</summary>
    Task ResetAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}

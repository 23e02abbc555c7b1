namespace FaqBot.State;

/// <summary>An append found that the conversation no longer exists (it expired, or a restarted Redis lost it) after it
/// was opened without a lookup; the member gets 404, as for an unknown conversation.</summary>
public sealed class DirectLineConversationGoneException()
    : Exception("The Direct Line conversation no longer exists.");

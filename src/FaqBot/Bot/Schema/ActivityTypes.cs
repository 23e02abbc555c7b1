namespace FaqBot.Bot.Schema;

/// <summary>The activity types of the Bot Framework v3 schema that FaqBot handles or passes through.</summary>
public static class ActivityTypes
{
    /// <summary>A message from a user or the bot.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left the conversation.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";

    /// <summary>A named event from the client.</summary>
    public const string Event = "event";

    /// <summary>A request that expects a response in the HTTP answer (Teams).</summary>
    public const string Invoke = "invoke";

    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";

    /// <summary>A message reaction was added or removed.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>The bot was added to or removed from a user's contacts.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>Not sent on the wire: a bot "sends" one to answer an invoke, and the adapter returns its
    /// <see cref="InvokeResponse"/> as the HTTP response (as the Bot Framework SDK does).</summary>
    public const string InvokeResponse = "invokeResponse";
}

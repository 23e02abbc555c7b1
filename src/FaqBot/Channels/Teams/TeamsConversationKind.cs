namespace FaqBot.Channels.Teams;

/// <summary>Where in Teams a conversation happens (<c>conversation.conversationType</c>); it decides how the bot asks
/// and which buttons Teams shows.</summary>
public enum TeamsConversationKind
{
    /// <summary>A one-on-one chat with the bot.</summary>
    Personal,

    /// <summary>A group chat the bot was added to.</summary>
    GroupChat,

    /// <summary>A channel of a team (replies go into the thread that mentioned the bot).</summary>
    Channel,
}

/// <summary>Reads <see cref="TeamsConversationKind"/> from Teams' conversation type.</summary>
public static class TeamsConversationKinds
{
    /// <summary>personal → Personal, groupChat → GroupChat, channel → Channel; an unknown or missing type counts as a
    /// channel, where the bot is most careful (card buttons, thread replies).</summary>
    public static TeamsConversationKind Parse(string? conversationType) => conversationType?.ToLowerInvariant() switch
    {
        "personal" => TeamsConversationKind.Personal,
        "groupchat" => TeamsConversationKind.GroupChat,
        _ => TeamsConversationKind.Channel,
    };
}

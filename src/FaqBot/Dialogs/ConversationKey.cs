namespace FaqBot.Dialogs;

/// <summary>Identifies one conversation across channels: channel id plus the channel's conversation id.</summary>
/// <param name="ChannelId">The channel (webchat, directline, msteams, cli …).</param>
/// <param name="ConversationId">The conversation id within that channel.</param>
public readonly record struct ConversationKey(string ChannelId, string ConversationId)
{
    /// <summary>A single string for key-value stores; the channel id cannot contain the separator.</summary>
    public override string ToString() => $"{ChannelId}|{ConversationId}";
}

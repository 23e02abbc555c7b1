using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Bot.Schema;

/// <summary>A Bot Framework v3 activity (message, conversationUpdate, typing, event, invoke …); unknown fields survive
/// a round trip through <see cref="Properties"/>, and channelData, entities and value stay raw JSON.</summary>
public sealed class Activity
{
    /// <summary>Activity type; see <see cref="ActivityTypes"/>.</summary>
    [JsonPropertyName("type")] public string? Type { get; set; }

    /// <summary>Id given by the channel.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>When the channel sent it (UTC).</summary>
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, with its offset.</summary>
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The sender's IANA time zone name.</summary>
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; set; }

    /// <summary>Where replies go (the Connector REST API base address).</summary>
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }

    /// <summary>The channel, e.g. "msteams", "webchat", "directline", "emulator".</summary>
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }

    /// <summary>The sender.</summary>
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }

    /// <summary>The conversation.</summary>
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }

    /// <summary>The receiver.</summary>
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }

    /// <summary>"plain", "markdown" or "xml".</summary>
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }

    /// <summary>"list" or "carousel".</summary>
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; set; }

    /// <summary>Members who joined (conversationUpdate).</summary>
    [JsonPropertyName("membersAdded")] public List<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members who left (conversationUpdate).</summary>
    [JsonPropertyName("membersRemoved")] public List<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>The sender's locale, e.g. ja-JP.</summary>
    [JsonPropertyName("locale")] public string? Locale { get; set; }

    /// <summary>The message text.</summary>
    [JsonPropertyName("text")] public string? Text { get; set; }

    /// <summary>Text to speak.</summary>
    [JsonPropertyName("speak")] public string? Speak { get; set; }

    /// <summary>"acceptingInput", "expectingInput" or "ignoringInput".</summary>
    [JsonPropertyName("inputHint")] public string? InputHint { get; set; }

    /// <summary>A short summary of the message.</summary>
    [JsonPropertyName("summary")] public string? Summary { get; set; }

    /// <summary>Buttons offered with a message.</summary>
    [JsonPropertyName("suggestedActions")] public SuggestedActions? SuggestedActions { get; set; }

    /// <summary>Cards and files.</summary>
    [JsonPropertyName("attachments")] public List<Attachment>? Attachments { get; set; }

    /// <summary>Mentions, client info and other entities, kept raw.</summary>
    [JsonPropertyName("entities")] public List<JsonElement>? Entities { get; set; }

    /// <summary>Channel-specific data (Teams tenant, Web Chat's clientActivityID …), kept raw.</summary>
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }

    /// <summary>The id of the activity this one replies to.</summary>
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }

    /// <summary>Name of an event or invoke.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Value of a postBack, event or invoke, kept raw.</summary>
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }

    /// <summary>Fields this schema version does not name, kept so nothing is lost.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Creates a message replying to this activity: conversation kept, from/recipient swapped, locale carried.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale ?? "ja-JP",
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Bot.Schema;

/// <summary>The conversation an activity belongs to (the schema's ConversationAccount).</summary>
public sealed class ConversationAccount
{
    /// <summary>Channel-specific conversation id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Display name of the conversation, if any.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>True for group conversations (a Teams channel).</summary>
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }

    /// <summary>"personal", "groupChat" or "channel" (Teams).</summary>
    [JsonPropertyName("conversationType")] public string? ConversationType { get; set; }

    /// <summary>The tenant (Teams).</summary>
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }

    /// <summary>Fields this schema version does not name, kept so nothing is lost.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}

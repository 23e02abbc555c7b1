using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Bot.Schema;

/// <summary>A user or bot on a channel (the schema's ChannelAccount).</summary>
public sealed class ChannelAccount
{
    /// <summary>Channel-specific id of the account.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Display name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Azure AD object id (Teams).</summary>
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }

    /// <summary>"user" or "bot".</summary>
    [JsonPropertyName("role")] public string? Role { get; set; }

    /// <summary>Fields this schema version does not name, kept so nothing is lost.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}

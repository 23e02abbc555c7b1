using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Bot.Schema;

/// <summary>A card or file attached to an activity; the content is kept as raw JSON.</summary>
public sealed class Attachment
{
    /// <summary>MIME type, e.g. application/vnd.microsoft.card.hero.</summary>
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }

    /// <summary>Link to the content, for files.</summary>
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }

    /// <summary>The card or other embedded content.</summary>
    [JsonPropertyName("content")] public JsonElement? Content { get; set; }

    /// <summary>File name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Fields this schema version does not name, kept so nothing is lost.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Bot.Schema;

/// <summary>A button: a suggested action or a card button (imBack, postBack, messageBack, openUrl …).</summary>
public sealed class CardAction
{
    /// <summary>Action type, e.g. "imBack" (sends the value as the user's message) or "postBack".</summary>
    [JsonPropertyName("type")] public string Type { get; set; } = "imBack";

    /// <summary>The button's label.</summary>
    [JsonPropertyName("title")] public string? Title { get; set; }

    /// <summary>Text shown in the chat for messageBack.</summary>
    [JsonPropertyName("displayText")] public string? DisplayText { get; set; }

    /// <summary>Text sent for messageBack.</summary>
    [JsonPropertyName("text")] public string? Text { get; set; }

    /// <summary>The action's value: a string for imBack, any JSON for postBack/messageBack.</summary>
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }

    /// <summary>Fields this schema version does not name, kept so nothing is lost.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Bot.Schema;

/// <summary>Buttons shown under a message that disappear once one is used.</summary>
public sealed class SuggestedActions
{
    /// <summary>Ids of the recipients who see them (empty: everybody).</summary>
    [JsonPropertyName("to")] public List<string>? To { get; set; }

    /// <summary>The buttons.</summary>
    [JsonPropertyName("actions")] public List<CardAction> Actions { get; set; } = [];

    /// <summary>Fields this schema version does not name, kept so nothing is lost.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}

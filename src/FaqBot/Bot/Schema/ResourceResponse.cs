using System.Text.Json.Serialization;

namespace FaqBot.Bot.Schema;

/// <summary>The id a channel gives an activity it accepted.</summary>
public sealed class ResourceResponse
{
    /// <summary>The new activity's id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }
}

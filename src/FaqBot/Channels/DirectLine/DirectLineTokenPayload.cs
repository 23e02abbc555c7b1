using System.Text.Json.Serialization;

namespace FaqBot.Channels.DirectLine;

/// <summary>The claims inside a Direct Line token.</summary>
public sealed class DirectLineTokenPayload
{
    /// <summary>The one conversation the token opens.</summary>
    [JsonPropertyName("conv")] public string? Conversation { get; set; }

    /// <summary>The member's user id in that conversation.</summary>
    [JsonPropertyName("user")] public string? User { get; set; }

    /// <summary>Issued at (Unix seconds).</summary>
    [JsonPropertyName("iat")] public long IssuedAt { get; set; }

    /// <summary>Expires at (Unix seconds).</summary>
    [JsonPropertyName("exp")] public long Expires { get; set; }
}

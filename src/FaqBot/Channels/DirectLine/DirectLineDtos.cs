using System.Text.Json.Serialization;

namespace FaqBot.Channels.DirectLine;

/// <summary>Direct Line's Conversation object: what starting, reconnecting or generating a token returns.</summary>
public sealed class DirectLineConversationResponse
{
    /// <summary>The conversation's id.</summary>
    [JsonPropertyName("conversationId")] public required string ConversationId { get; init; }

    /// <summary>A token for this conversation (the client switches to it).</summary>
    [JsonPropertyName("token")] public required string Token { get; init; }

    /// <summary>Seconds until the token expires.</summary>
    [JsonPropertyName("expires_in")] public int ExpiresIn { get; init; }

    /// <summary>The absolute ws:// or wss:// address of the activity stream, when a stream is offered.</summary>
    [JsonPropertyName("streamUrl")] public string? StreamUrl { get; init; }
}

/// <summary>Body of POST /conversations and tokens/generate: the member, optionally.</summary>
public sealed class DirectLineStartRequest
{
    /// <summary>The member's account.</summary>
    [JsonPropertyName("user")] public DirectLineUser? User { get; set; }

    /// <summary>The member's locale.</summary>
    [JsonPropertyName("locale")] public string? Locale { get; set; }
}

/// <summary>A member's id and name in a start request.</summary>
public sealed class DirectLineUser
{
    /// <summary>The member's id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>The member's display name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }
}

/// <summary>What the page's token endpoint returns: a token and where to use it.</summary>
public sealed class WebChatTokenResponse
{
    /// <summary>The Direct Line token.</summary>
    [JsonPropertyName("token")] public required string Token { get; init; }

    /// <summary>The conversation the token opens.</summary>
    [JsonPropertyName("conversationId")] public string? ConversationId { get; init; }

    /// <summary>The member's id, to pass to Web Chat as userID.</summary>
    [JsonPropertyName("userId")] public string? UserId { get; init; }

    /// <summary>Seconds until the token expires.</summary>
    [JsonPropertyName("expires_in")] public int ExpiresIn { get; init; }

    /// <summary>Direct Line base address for Azure mode; null means this server's /v3/directline.</summary>
    [JsonPropertyName("domain")] public string? Domain { get; init; }
}

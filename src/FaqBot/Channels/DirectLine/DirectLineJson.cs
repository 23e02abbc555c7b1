using System.Text.Json.Serialization;

namespace FaqBot.Channels.DirectLine;

/// <summary>Source-generated JSON metadata for Direct Line's own objects.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, MaxDepth = 16)]
[JsonSerializable(typeof(DirectLineTokenPayload))]
[JsonSerializable(typeof(DirectLineConversationResponse))]
[JsonSerializable(typeof(DirectLineStartRequest))]
[JsonSerializable(typeof(WebChatTokenResponse))]
public sealed partial class DirectLineJson : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using FaqBot.Bot.Schema;

namespace FaqBot.Channels.DirectLine;

/// <summary>Source-generated JSON metadata for Direct Line's own objects.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, MaxDepth = 16)]
[JsonSerializable(typeof(DirectLineTokenPayload))]
[JsonSerializable(typeof(DirectLineConversationResponse))]
[JsonSerializable(typeof(DirectLineStartRequest))]
[JsonSerializable(typeof(WebChatTokenResponse))]
public sealed partial class DirectLineJson : JsonSerializerContext
{
    /// <summary>What Direct Line's objects are written with: UTF-8 Japanese, HTML-sensitive characters escaped.</summary>
    public static DirectLineJson Wire { get; } = new(WireOptions());

    private static JsonSerializerOptions WireOptions()
    {
        var options = SchemaJson.WireOptions();
        options.MaxDepth = 16;
        return options;
    }
}

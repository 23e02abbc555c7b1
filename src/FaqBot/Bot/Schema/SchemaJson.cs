using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Bot.Schema;

/// <summary>Source-generated System.Text.Json metadata for the activity schema: no nulls written, nesting capped so
/// hostile JSON is refused instead of exhausting the stack.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, MaxDepth = SchemaJson.MaxDepth)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class SchemaJson : JsonSerializerContext
{
    /// <summary>Deepest JSON nesting accepted in an activity.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads an activity from UTF-8 JSON; throws <see cref="JsonException"/> when it is not valid.</summary>
    public static Activity? ParseActivity(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize(utf8, Default.Activity);

    /// <summary>Writes an activity as UTF-8 JSON.</summary>
    public static byte[] Serialize(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, Default.Activity);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

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

    /// <summary>What every activity is read and written with: as <see cref="JsonSerializerContext"/>'s default, but
    /// Japanese (and every other script) written as UTF-8 instead of <c>\uXXXX</c>, which tripled the size of every
    /// answer; characters that matter to HTML (&lt; &gt; &amp; ' " +) are still escaped.</summary>
    public static SchemaJson Wire { get; } = new(WireOptions());

    /// <summary>The options of <see cref="Wire"/>, for other contexts on the wire (Direct Line's own objects).</summary>
    public static JsonSerializerOptions WireOptions() => new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = MaxDepth,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Reads an activity from UTF-8 JSON; throws <see cref="JsonException"/> when it is not valid.</summary>
    public static Activity? ParseActivity(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize(utf8, Wire.Activity);

    /// <summary>Writes an activity as UTF-8 JSON.</summary>
    public static byte[] Serialize(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, Wire.Activity);
}

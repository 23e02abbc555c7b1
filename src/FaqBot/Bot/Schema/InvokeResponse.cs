using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Bot.Schema;

/// <summary>The answer to an <c>invoke</c> activity, returned as the HTTP response of the call that delivered it
/// (status code and JSON body), e.g. 200 <c>{}</c> for Teams' <c>message/submitAction</c>.</summary>
public sealed class InvokeResponse
{
    /// <summary>The HTTP status code.</summary>
    [JsonPropertyName("status")] public int Status { get; set; } = 200;

    /// <summary>The JSON body, or null for none.</summary>
    [JsonPropertyName("body")] public JsonElement? Body { get; set; }
}

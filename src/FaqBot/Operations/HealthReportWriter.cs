using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.Operations;

/// <summary>Writes a health report as JSON: the overall status and, per check, its status, description and data (content
/// diagnostics name files and lines, never member text).</summary>
internal static class HealthReportWriter
{
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        // Diagnostics quote Japanese content; the body is application/json (never HTML), so it is written unescaped.
        await using var json = new Utf8JsonWriter(http.Response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            foreach (var (key, value) in entry.Data)
            {
                json.WritePropertyName(key);
                switch (value)
                {
                    case string text:
                        json.WriteStringValue(text);
                        break;
                    case int number:
                        json.WriteNumberValue(number);
                        break;
                    case string[] texts:
                        json.WriteStartArray();
                        foreach (var text in texts)
                        {
                            json.WriteStringValue(text);
                        }
                        json.WriteEndArray();
                        break;
                    default:
                        json.WriteStringValue(value.ToString());
                        break;
                }
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }
}

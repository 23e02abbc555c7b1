using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using FaqBot.Bot.Schema;

namespace FaqBot.Bot.Adapter;

/// <summary>Reads the adapter's activity from a request body with a size limit, telling apart "too large", "not JSON"
/// and "not an activity" so each gets the right status code.</summary>
internal static class ActivityBodyReader
{
    /// <summary>Reads and parses the body. Never throws for bad input.</summary>
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is long declared && declared > maxBytes)
        {
            return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"The body is larger than the limit of {maxBytes} bytes.");
        }
        var reader = request.BodyReader;
        ReadResult read;
        try
        {
            while (true)
            {
                read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (read.Buffer.Length > maxBytes)
                {
                    reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                    return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, "Request body too large",
                        $"The body is larger than the limit of {maxBytes} bytes.");
                }
                if (read.IsCompleted || read.IsCanceled)
                {
                    break;
                }
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return ActivityReadResult.Fail(ex.StatusCode, "Bad request", "The request body could not be read.");
        }
        try
        {
            return Parse(read.Buffer);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private static ActivityReadResult Parse(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "Empty body", "The request has no activity.");
        }
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = SchemaJson.MaxDepth });
            var activity = JsonSerializer.Deserialize(ref reader, SchemaJson.Default.Activity);
            return activity is null
                ? ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "Not an activity", "The body is JSON null.")
                : ActivityReadResult.Ok(activity);
        }
        catch (JsonException ex)
        {
            // The exception message names the position, never the content.
            var where = ex.LineNumber is long line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : string.Empty;
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "Malformed JSON",
                "The body is not a valid activity" + where + ".");
        }
    }
}

/// <summary>The outcome of <see cref="ActivityBodyReader.ReadAsync"/>: an activity, or why there is none.</summary>
internal readonly record struct ActivityReadResult(Activity? Activity, TurnResult? Refusal)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, null);

    public static ActivityReadResult Fail(int status, string title, string detail) => new(null, TurnResult.Refused(status, title, detail));
}

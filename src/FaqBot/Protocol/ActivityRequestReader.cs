using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

namespace FaqBot.Protocol;

/// <summary>Reads an activity from a request body with a size limit, telling apart "too large", "not JSON" and
/// "not an activity" so each gets the right status code.</summary>
public static class ActivityRequestReader
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
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = ProtocolJson.MaxDepth });
            var activity = JsonSerializer.Deserialize(ref reader, ProtocolJson.Default.Activity);
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

/// <summary>The outcome of <see cref="ActivityRequestReader.ReadAsync"/>: an activity, or a status with a problem text.</summary>
public readonly record struct ActivityReadResult(Activity? Activity, int StatusCode, string? Title, string? Detail)
{
    /// <summary>A parsed activity.</summary>
    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null, null);

    /// <summary>A failure with its status code.</summary>
    public static ActivityReadResult Fail(int status, string title, string detail) => new(null, status, title, detail);
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.BotService;

/// <summary>Sends activities to a channel through the Bot Framework Connector REST API (v3) at the activity's
/// <c>serviceUrl</c>, retrying throttled or failed calls with exponential backoff and honouring Retry-After.</summary>
public sealed class ConnectorClient
{
    /// <summary>Name of the <see cref="HttpClient"/> used for connector calls.</summary>
    public const string HttpClientName = "BotConnector";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly IHttpClientFactory _httpClients;
    private readonly IOptionsMonitor<BotOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorClient> _log;

    /// <summary>Creates the client.</summary>
    public ConnectorClient(IHttpClientFactory httpClients, IOptionsMonitor<BotOptions> options, TimeProvider time,
        ILogger<ConnectorClient> log)
    {
        _httpClients = httpClients;
        _options = options;
        _time = time;
        _log = log;
    }

    /// <summary>The Connector address for an activity: <c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>.</summary>
    public static Uri ActivityUri(string serviceUrl, string conversationId, string? replyToId)
    {
        var path = serviceUrl.TrimEnd('/') + "/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }
        return new Uri(path, UriKind.Absolute);
    }

    /// <summary>Posts <paramref name="activity"/> to its conversation. Returns the channel's id for it, or a response
    /// with no id when every attempt failed (logged; a lost reply must not end the turn).</summary>
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null)
        {
            _log.LogWarning("Reply of type {ActivityType} has no serviceUrl or conversation; not sent.", activity.Type);
            return new ResourceResponse();
        }
        var options = _options.CurrentValue;
        var uri = ActivityUri(activity.ServiceUrl, activity.Conversation.Id, activity.ReplyToId);
        var body = SchemaJson.Serialize(activity);
        var client = _httpClients.CreateClient(HttpClientName);
        var delay = options.ConnectorRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            string failure;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri)
                {
                    Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } },
                };
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(options.ConnectorTimeout);
                using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
                }
                failure = "HTTP " + (int)response.StatusCode;
                if (!IsTransient(response.StatusCode))
                {
                    _log.LogWarning("Connector refused a {ActivityType} for conversation {ConversationId}: {Failure}; not retried.",
                        activity.Type, activity.Conversation.Id, failure);
                    return new ResourceResponse();
                }
                retryAfter = RetryAfter(response);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException)
            {
                failure = "timeout";
            }
            catch (HttpRequestException ex)
            {
                failure = ex.HttpRequestError.ToString();
            }
            if (attempt >= options.ConnectorMaxAttempts)
            {
                _log.LogError("Connector call for conversation {ConversationId} failed after {Attempts} attempts ({Failure}); reply lost.",
                    activity.Conversation.Id, attempt, failure);
                return new ResourceResponse();
            }
            var wait = retryAfter ?? delay;
            if (wait > options.ConnectorMaxRetryDelay)
            {
                wait = options.ConnectorMaxRetryDelay;
            }
            _log.LogWarning("Connector call for conversation {ConversationId} failed ({Failure}); attempt {Attempt} of {MaxAttempts}, retrying in {Delay} ms.",
                activity.Conversation.Id, failure, attempt, options.ConnectorMaxAttempts, (int)wait.TotalMilliseconds);
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            delay += delay;
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length == 0)
            {
                return new ResourceResponse();
            }
            return JsonSerializer.Deserialize(bytes, SchemaJson.Wire.ResourceResponse) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            // The reply was accepted; an odd body does not make it fail.
            return new ResourceResponse();
        }
    }
}

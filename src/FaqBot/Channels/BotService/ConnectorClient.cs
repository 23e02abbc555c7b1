using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FaqBot.Bot.Auth;
using FaqBot.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace FaqBot.Channels.BotService;

/// <summary>Sends activities to a channel through the Bot Framework Connector REST API (v3) at the activity's
/// <c>serviceUrl</c>, with a bearer token from MSAL when the bot has an identity — only to a trusted serviceUrl.
/// Retries (429 after Retry-After, 412 and 5xx with backoff and jitter) are the HttpClient's resilience handler's;
/// terminal answers (403, 404 …) are logged once with the Connector's error code and not retried.</summary>
public sealed class ConnectorClient
{
    /// <summary>Name of the <see cref="HttpClient"/> used for connector calls.</summary>
    public const string HttpClientName = "BotConnector";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly IHttpClientFactory _httpClients;
    private readonly IOptionsMonitor<BotCredentialOptions> _credentials;
    private readonly ServiceUrlTrust _trust;
    private readonly ConnectorTokenProvider _tokens;
    private readonly ILogger<ConnectorClient> _log;

    /// <summary>Creates the client.</summary>
    public ConnectorClient(IHttpClientFactory httpClients, IOptionsMonitor<BotCredentialOptions> credentials, ServiceUrlTrust trust,
        ConnectorTokenProvider tokens, ILogger<ConnectorClient> log)
    {
        _httpClients = httpClients;
        _credentials = credentials;
        _trust = trust;
        _tokens = tokens;
        _log = log;
    }

    /// <summary>The Connector address for an activity: a reply in the thread of <paramref name="replyToId"/>
    /// (<c>{serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>), else a new activity in the conversation.</summary>
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
    /// with no id when it could not be delivered (logged; a lost reply must not end the turn).</summary>
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null)
        {
            _log.LogWarning("Reply of type {ActivityType} has no serviceUrl or conversation; not sent.", activity.Type);
            return new ResourceResponse();
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityUri(activity.ServiceUrl, activity.Conversation.Id, activity.ReplyToId))
        {
            Content = new ByteArrayContent(SchemaJson.Serialize(activity)) { Headers = { ContentType = JsonContentType } },
        };
        if (!_credentials.CurrentValue.IsAnonymous)
        {
            if (!_trust.IsTrusted(activity.ServiceUrl))
            {
                _log.LogWarning("Reply for conversation {ConversationId} not sent: its serviceUrl came in no validated token.",
                    activity.Conversation.Id);
                return new ResourceResponse();
            }
            try
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is MsalException or HttpRequestException or ArgumentException or InvalidOperationException
                && !cancellationToken.IsCancellationRequested)
            {
                _log.LogError("No token for the Connector ({Failure}); the reply for conversation {ConversationId} is lost.",
                    ex is MsalException msal ? msal.ErrorCode : ex.GetType().Name, activity.Conversation.Id);
                return new ResourceResponse();
            }
        }
        try
        {
            using var response = await _httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
            }
            var code = await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
            if (IsRetried(response.StatusCode))
            {
                _log.LogError("Connector call for conversation {ConversationId} still failed after retries (HTTP {Status} {ErrorCode}); reply lost.",
                    activity.Conversation.Id, (int)response.StatusCode, code);
            }
            else
            {
                // BotNotInConversationRoster, ConversationBlockedByUser, ConversationNotFound …: asking again cannot help.
                _log.LogWarning("Connector refused a {ActivityType} for conversation {ConversationId}: HTTP {Status} {ErrorCode}; not retried.",
                    activity.Type, activity.Conversation.Id, (int)response.StatusCode, code);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or Polly.ExecutionRejectedException)
        {
            _log.LogError("Connector call for conversation {ConversationId} failed after retries ({Failure}); reply lost.",
                activity.Conversation.Id, ex is HttpRequestException http ? http.HttpRequestError.ToString() : ex.GetType().Name);
        }
        return new ResourceResponse();
    }

    /// <summary>True for the answers the resilience handler retries: 408, 412, 429 and 5xx.</summary>
    public static bool IsRetried(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return bytes.Length == 0 ? new ResourceResponse()
                : JsonSerializer.Deserialize(bytes, SchemaJson.Default.ResourceResponse) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            // The reply was accepted; an odd body does not make it fail.
            return new ResourceResponse();
        }
    }

    // The Connector's error body: {"error":{"code":"ConversationNotFound","message":"…"}}; only the code is logged.
    private static async Task<string> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length is > 0 and < 64 * 1024)
            {
                using var body = JsonDocument.Parse(bytes);
                if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("error", out var error)
                    && error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
                {
                    var text = code.GetString()!;
                    return text.Length <= 64 ? text : text[..64];
                }
            }
        }
        catch (JsonException)
        {
            // Not the Connector's error shape.
        }
        return "(no error code)";
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>POST /api/webchat/token: the page's same-origin source of a Direct Line token. Self-hosted by default;
/// with <c>DirectLine:Secret</c> set, the secret is exchanged with Azure Direct Line here, server-side.</summary>
internal sealed class WebChatTokenEndpoint(DirectLineTokenService tokens, IOptionsMonitor<DirectLineOptions> options,
    IHttpClientFactory httpClients, ILogger<WebChatTokenEndpoint> log)
{
    public const string Route = "/api/webchat/token";
    public const string AzureHttpClientName = "AzureDirectLine";

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        var current = options.CurrentValue;
        var userId = DirectLineIds.NewUserId();
        if (string.IsNullOrEmpty(current.Secret))
        {
            var conversationId = DirectLineIds.NewConversationId();
            return Results.Json(new WebChatTokenResponse
            {
                Token = tokens.Issue(conversationId, userId),
                ConversationId = conversationId,
                UserId = userId,
                ExpiresIn = (int)tokens.Lifetime.TotalSeconds,
            }, DirectLineJson.Wire.WebChatTokenResponse);
        }
        try
        {
            var endpoint = current.AzureEndpoint.TrimEnd('/');
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint + "/tokens/generate")
            {
                Content = new StringContent("{\"user\":{\"id\":\"" + userId + "\"}}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", current.Secret);
            using var response = await httpClients.CreateClient(AzureHttpClientName).SendAsync(request, http.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                log.LogError("Azure Direct Line refused the token request: HTTP {Status}.", (int)response.StatusCode);
                return Results.Problem(statusCode: StatusCodes.Status502BadGateway, detail: "The chat service is not available.");
            }
            await using var body = await response.Content.ReadAsStreamAsync(http.RequestAborted);
            var grant = await JsonSerializer.DeserializeAsync(body, DirectLineJson.Wire.DirectLineConversationResponse, http.RequestAborted);
            return Results.Json(new WebChatTokenResponse
            {
                Token = grant!.Token,
                ConversationId = grant.ConversationId,
                UserId = userId,
                ExpiresIn = grant.ExpiresIn,
                Domain = endpoint,
            }, DirectLineJson.Wire.WebChatTokenResponse);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or NullReferenceException or TaskCanceledException)
        {
            log.LogError("Azure Direct Line token request failed: {ExceptionType}.", ex.GetType().FullName);
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, detail: "The chat service is not available.");
        }
    }
}

using Microsoft.Identity.Client;

namespace FaqBot.Bot.Auth;

/// <summary>Gives MSAL the service's own pooled HttpClient for token requests, instead of one MSAL would make.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory clients) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => clients.CreateClient(AuthServiceExtensions.TokenHttpClientName);
}

using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace FaqBot.Bot.Auth;

/// <summary>Bearer tokens for replies to the channels, through MSAL: client credentials (MultiTenant: the
/// botframework.com tenant; SingleTenant: MicrosoftAppTenantId) or a user-assigned managed identity, for the scope
/// ToChannelFromBotOAuthScope. MSAL caches each token and asks for a new one before it expires.</summary>
public sealed class ConnectorTokenProvider
{
    private const string LoginHost = "https://login.microsoftonline.com/";

    private readonly BotCredentialOptions _options;
    private readonly Lazy<Func<CancellationToken, Task<AuthenticationResult>>> _acquire;

    /// <summary>Creates the provider; the MSAL application is built on first use.</summary>
    public ConnectorTokenProvider(IOptions<BotCredentialOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        _acquire = new Lazy<Func<CancellationToken, Task<AuthenticationResult>>>(() => Build(_options, new MsalHttpClientFactory(httpClients)));
    }

    /// <summary>The authority outbound tokens come from for <paramref name="options"/>.</summary>
    public static string Authority(BotCredentialOptions options) =>
        !string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl) ? options.ToChannelFromBotLoginUrl.Trim()
        : options.AppType == BotAppType.MultiTenant ? LoginHost + "botframework.com"
        : LoginHost + options.MicrosoftAppTenantId!.Trim();

    /// <summary>A valid access token for the Connector (from MSAL's cache while it lasts). Throws
    /// <see cref="MsalException"/> when none can be had.</summary>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_options.IsAnonymous)
        {
            throw new InvalidOperationException("No MicrosoftAppId is configured; replies carry no token.");
        }
        var result = await _acquire.Value(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }

    private static Func<CancellationToken, Task<AuthenticationResult>> Build(BotCredentialOptions options, IMsalHttpClientFactory http)
    {
        string[] scopes = [options.ToChannelFromBotOAuthScope];
        if (options.AppType == BotAppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .WithHttpClientFactory(http)
                .Build();
            // A managed identity asks for a resource, not a scope: the scope without its "/.default".
            var resource = scopes[0].EndsWith("/.default", StringComparison.Ordinal) ? scopes[0][..^"/.default".Length] : scopes[0];
            return cancellationToken => identity.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
        }
        var client = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(Authority(options), options.ValidateAuthority)
            // Instance discovery asks login.microsoftonline.com about the authority; a private authority skips it.
            .WithInstanceDiscovery(options.ValidateAuthority)
            .WithHttpClientFactory(http)
            .Build();
        return cancellationToken => client.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
    }
}

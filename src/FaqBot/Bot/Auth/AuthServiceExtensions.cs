using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FaqBot.Bot.Auth;

/// <summary>Registers who may call the bot (ASP.NET Core JwtBearer authentication to the Bot Framework spec), the
/// outbound MSAL tokens, and which serviceUrls replies may go to.</summary>
public static class AuthServiceExtensions
{
    /// <summary>HttpClient name MSAL's token requests use.</summary>
    public const string TokenHttpClientName = "BotFrameworkLogin";

    /// <summary>Adds the bot's credentials (the SDK's top-level keys), inbound authentication and outbound tokens.</summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        // The SDK's top-level keys (MicrosoftAppId …), checked at start-up with the key named.
        services.AddOptions<BotCredentialOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotCredentialOptions>, BotCredentialOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // Inbound: a policy scheme that picks the channels' or Entra's JwtBearer scheme by the token's issuer.
        services.AddAuthentication()
            .AddPolicyScheme(BotAuthenticationSchemes.BotFramework, "Bot Framework", options =>
                options.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer(BotAuthenticationSchemes.Channel, _ => { })
            .AddJwtBearer(BotAuthenticationSchemes.Entra, _ => { });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, BotJwtBearerOptionsSetup>());
        services.AddAuthorizationBuilder().AddPolicy(BotAuthenticationSchemes.Policy, policy =>
            policy.AddAuthenticationSchemes(BotAuthenticationSchemes.BotFramework).RequireAuthenticatedUser());
        // The checks that need the activity too, and the serviceUrls replies (and tokens) may go to.
        services.TryAddSingleton<ServiceUrlTrust>();
        services.TryAddSingleton<InboundActivityAuthorizer>();
        // Outbound: MSAL client credentials or managed identity, with MSAL's token cache.
        services.AddHttpClient(TokenHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<ConnectorTokenProvider>();
        return services;
    }

    // The issuer is read unvalidated only to pick the scheme; that scheme then validates everything.
    private static string SelectScheme(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationSchemes.Channel;
        }
        string? issuer;
        try
        {
            issuer = new JsonWebToken(header["Bearer ".Length..].Trim()).Issuer;
        }
        catch (Exception ex) when (ex is ArgumentException or Microsoft.IdentityModel.Tokens.SecurityTokenException)
        {
            return BotAuthenticationSchemes.Channel; // not a JWT: the channel scheme refuses it and says why
        }
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<BotCredentialOptions>>().CurrentValue;
        return !string.IsNullOrWhiteSpace(options.ToBotFromEmulatorOpenIdMetadataUrl)
            && BotTokenIssuers.EntraIssuers(options).Contains(issuer, StringComparer.Ordinal)
            ? BotAuthenticationSchemes.Entra
            : BotAuthenticationSchemes.Channel;
    }
}

using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FaqBot.Bot.Auth;

/// <summary>Configures the two JwtBearer schemes from the SDK's keys: keys from the scheme's OpenID metadata (cached,
/// refreshed twice a day and when a token names an unknown key), RS256/384/512 only, the scheme's issuers, audience =
/// MicrosoftAppId, nbf/exp with five minutes of skew. A refusal is a 401 problem with WWW-Authenticate and one log
/// line naming the check that failed — never the token.</summary>
internal sealed class BotJwtBearerOptionsSetup(IOptionsMonitor<BotCredentialOptions> credentials, ILoggerFactory logs)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    private const string FailedCheckItem = "FaqBot.Bot.Auth.FailedCheck";
    private const string UnknownKeyCheck = "signing key (kid not in the OpenID metadata)";

    private readonly ILogger _log = logs.CreateLogger("FaqBot.Bot.Auth.InboundToken");

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name is not (BotAuthenticationSchemes.Channel or BotAuthenticationSchemes.Entra))
        {
            return;
        }
        var bot = credentials.CurrentValue;
        var channel = name == BotAuthenticationSchemes.Channel;
        var metadata = channel ? bot.ToBotFromChannelOpenIdMetadataUrl : bot.ToBotFromEmulatorOpenIdMetadataUrl;
        // An empty Emulator address switches Entra tokens off: this scheme then knows no issuer and accepts nothing.
        options.MetadataAddress = string.IsNullOrWhiteSpace(metadata) ? bot.ToBotFromChannelOpenIdMetadataUrl : metadata;
        options.RequireHttpsMetadata = !(Uri.TryCreate(options.MetadataAddress, UriKind.Absolute, out var uri) && uri.IsLoopback);
        options.AutomaticRefreshInterval = TimeSpan.FromHours(12);
        options.RefreshInterval = TimeSpan.FromMinutes(1);
        options.RefreshOnIssuerKeyNotFound = true;
        options.MapInboundClaims = false;
        options.IncludeErrorDetails = false;
        options.SaveToken = false;
        IEnumerable<string> issuers = channel ? [bot.ToBotFromChannelTokenIssuer]
            : string.IsNullOrWhiteSpace(metadata) ? [] : BotTokenIssuers.EntraIssuers(bot);
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = issuers,
            ValidateAudience = true,
            ValidAudience = bot.MicrosoftAppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
            NameClaimType = "appid",
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = CopyEndorsementsAsync,
            OnAuthenticationFailed = NoteFailureAsync,
            OnChallenge = ChallengeAsync,
        };
    }

    // The channels' keys carry "endorsements" (the channels each may sign for); the activity's channelId is only known
    // once the body is read, so they travel on as claims.
    private static async Task CopyEndorsementsAsync(TokenValidatedContext context)
    {
        if (context.SecurityToken is not JsonWebToken token || context.Principal?.Identity is not ClaimsIdentity identity
            || context.Options.ConfigurationManager is not { } manager)
        {
            return;
        }
        var configuration = await manager.GetConfigurationAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (key.Kid != token.Kid || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
            {
                continue;
            }
            foreach (var value in Values(endorsements))
            {
                identity.AddClaim(new Claim(BotAuthenticationSchemes.EndorsementClaim, value));
            }
        }
    }

    private static IEnumerable<string> Values(object? endorsements) => endorsements switch
    {
        string one => [one],
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        IEnumerable<object> many => many.Select(v => v?.ToString()).OfType<string>(),
        _ => [],
    };

    // A token signed by a key the cached metadata does not list may mean the keys rolled over: ask for fresh metadata
    // (the configuration manager limits how often), and say so in the log.
    private static async Task NoteFailureAsync(AuthenticationFailedContext context)
    {
        var check = FailedCheck(context.Exception);
        if (context.Exception is SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException
            && context.Options.ConfigurationManager is { } manager && TokenKeyId(context.Request) is { } kid)
        {
            var configuration = await manager.GetConfigurationAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
            if (configuration.JsonWebKeySet?.Keys.Any(key => key.Kid == kid) != true)
            {
                check = UnknownKeyCheck;
                manager.RequestRefresh();
            }
        }
        context.HttpContext.Items[FailedCheckItem] = check;
    }

    private static string? TokenKeyId(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        try
        {
            return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? new JsonWebToken(header["Bearer ".Length..].Trim()).Kid : null;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return null;
        }
    }

    private async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var hasBearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var check = context.HttpContext.Items[FailedCheckItem] as string
            ?? (context.AuthenticateFailure is { } failure ? FailedCheck(failure) : hasBearer ? "token" : "bearer token present");
        _log.LogWarning("Refused a call to {Path}: the {Check} check failed.", context.Request.Path.Value, check);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = hasBearer ? "Bearer error=\"invalid_token\"" : "Bearer";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: "A valid Bot Framework token is required.").ExecuteAsync(context.HttpContext).ConfigureAwait(false);
    }

    // Which rule of the spec the token broke, in words an operator can act on.
    private static string FailedCheck(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "expiry (exp, 5 minutes of skew)",
        SecurityTokenNotYetValidException => "not-before (nbf, 5 minutes of skew)",
        SecurityTokenNoExpirationException => "expiry (the token has no exp)",
        SecurityTokenInvalidAudienceException => "audience (aud is not MicrosoftAppId)",
        SecurityTokenInvalidIssuerException => "issuer",
        SecurityTokenInvalidAlgorithmException => "algorithm (RS256, RS384 or RS512 only)",
        SecurityTokenSignatureKeyNotFoundException => UnknownKeyCheck,
        SecurityTokenInvalidSignatureException => "signature",
        SecurityTokenMalformedException => "token format",
        SecurityTokenValidationException => "token (" + failure.GetType().Name + ")",
        ArgumentException => "token format",
        _ => "metadata (" + failure.GetType().Name + ")",
    };
}

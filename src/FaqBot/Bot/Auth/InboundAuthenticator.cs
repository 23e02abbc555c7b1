using Microsoft.Extensions.Options;

namespace FaqBot.Bot.Auth;

/// <summary>Decides whether an inbound call to /api/messages is allowed. Anonymous when no MicrosoftAppId is set
/// (the Emulator's local mode); with an app id, only a validated Bot Framework JWT may pass — and since token
/// validation is not part of this service yet, such calls are refused rather than trusted.</summary>
internal sealed class InboundAuthenticator(IOptionsMonitor<BotCredentialOptions> credentials, ILogger<InboundAuthenticator> log)
{
    /// <summary>True when the request may proceed.</summary>
    public bool IsAllowed(HttpRequest request)
    {
        if (credentials.CurrentValue.IsAnonymous)
        {
            return true;
        }
        var hasBearer = request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        log.LogWarning("Refused an inbound activity: MicrosoftAppId is set and {Reason}.",
            hasBearer ? "Bot Framework token validation is not enabled in this build" : "the call carries no bearer token");
        return false;
    }
}

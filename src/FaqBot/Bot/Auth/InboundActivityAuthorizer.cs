using System.Security.Claims;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using Microsoft.Extensions.Options;

namespace FaqBot.Bot.Auth;

/// <summary>The checks of the Bot Framework authentication spec that need the activity as well as the token (which
/// ASP.NET Core authentication validated already): the signing key's endorsements contain the activity's channelId,
/// and the token's <c>serviceurl</c> claim is the activity's serviceUrl, which then joins the trust list. Without
/// MicrosoftAppId, the anonymous serviceUrl rule instead.</summary>
public sealed class InboundActivityAuthorizer(IOptionsMonitor<BotCredentialOptions> credentials, ServiceUrlTrust trust,
    ILogger<InboundActivityAuthorizer> log)
{
    /// <summary>Null when <paramref name="user"/> may send <paramref name="activity"/> (serviceUrl already checked to
    /// be an absolute http(s) URL); else 401 (a failed token check) or 403 (an anonymous serviceUrl elsewhere).</summary>
    public TurnResult? Authorize(ClaimsPrincipal user, Activity activity)
    {
        var options = credentials.CurrentValue;
        var serviceUrl = activity.ServiceUrl!;
        if (options.IsAnonymous)
        {
            if (trust.IsAllowedAnonymously(serviceUrl))
            {
                return null;
            }
            log.LogWarning("Refused an anonymous activity whose serviceUrl is not on this machine nor in Bot:AnonymousServiceUrls.");
            return TurnResult.Refused(StatusCodes.Status403Forbidden, "serviceUrl not allowed",
                "Without MicrosoftAppId, replies go only to a serviceUrl on this machine (such as the Emulator's) " +
                "or one listed in Bot:AnonymousServiceUrls.");
        }
        if (user.Identity?.IsAuthenticated != true)
        {
            return Unauthorized("no validated token");
        }
        var issuer = user.FindFirst("iss")?.Value;
        var fromChannel = string.Equals(issuer, options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal);
        if (fromChannel && !IsEndorsedFor(user, activity.ChannelId))
        {
            return Unauthorized("endorsements (the signing key does not endorse the activity's channelId)");
        }
        var claimed = user.FindFirst(BotAuthenticationSchemes.ServiceUrlClaim)?.Value;
        if (claimed is null)
        {
            // Only the Emulator's Entra tokens come without one, and the Emulator listens on this machine.
            if (fromChannel || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !uri.IsLoopback)
            {
                return Unauthorized("serviceurl (the token names no serviceUrl)");
            }
        }
        else if (!string.Equals(ServiceUrlTrust.Normalize(claimed), ServiceUrlTrust.Normalize(serviceUrl), StringComparison.OrdinalIgnoreCase))
        {
            return Unauthorized("serviceurl (the token's serviceurl is not the activity's serviceUrl)");
        }
        trust.Trust(serviceUrl);
        return null;
    }

    private static bool IsEndorsedFor(ClaimsPrincipal user, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId))
        {
            return false;
        }
        foreach (var claim in user.FindAll(BotAuthenticationSchemes.EndorsementClaim))
        {
            if (string.Equals(claim.Value, channelId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private TurnResult Unauthorized(string check)
    {
        log.LogWarning("Refused an inbound activity: the {Check} check failed.", check);
        return TurnResult.Refused(StatusCodes.Status401Unauthorized, "Unauthorized", "A valid Bot Framework token is required.");
    }
}

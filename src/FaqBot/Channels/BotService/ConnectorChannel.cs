using FaqBot.Bot.Adapter;
using FaqBot.Bot.Auth;
using FaqBot.Bot.Schema;

namespace FaqBot.Channels.BotService;

/// <summary>Azure Bot Service and the Emulator as a channel of the adapter: an activity must name an absolute http(s)
/// serviceUrl that replies may go to, and replies are posted there through the Connector REST API.</summary>
internal sealed class ConnectorChannel(ConnectorClient connector, AnonymousServiceUrlPolicy serviceUrls, ILogger log) : IBotChannel
{
    public TurnResult? Admit(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return TurnResult.Refused(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no 'serviceUrl'.");
        }
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return TurnResult.Refused(StatusCodes.Status400BadRequest, "Invalid activity",
                "The activity's 'serviceUrl' is not an absolute http or https address.");
        }
        if (!serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            log.LogWarning("Refused an anonymous activity whose serviceUrl is not on this machine nor in Bot:AnonymousServiceUrls.");
            return TurnResult.Refused(StatusCodes.Status403Forbidden, "serviceUrl not allowed",
                "Without MicrosoftAppId, replies go only to a serviceUrl on this machine (such as the Emulator's) " +
                "or one listed in Bot:AnonymousServiceUrls.");
        }
        return null;
    }

    public Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.SendAsync(activity, cancellationToken);
}

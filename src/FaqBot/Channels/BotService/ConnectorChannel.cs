using System.Security.Claims;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Auth;
using FaqBot.Bot.Schema;

namespace FaqBot.Channels.BotService;

/// <summary>Azure Bot Service and the Emulator as a channel of the adapter: an activity must name an absolute http(s)
/// serviceUrl that the caller's token vouches for (or, anonymously, one on this machine), and replies are posted there
/// through the Connector REST API.</summary>
internal sealed class ConnectorChannel(ConnectorClient connector, InboundActivityAuthorizer authorizer, ClaimsPrincipal caller) : IBotChannel
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
        return authorizer.Authorize(caller, activity);
    }

    public Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.SendAsync(activity, cancellationToken);
}

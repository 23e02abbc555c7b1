using Microsoft.Extensions.Options;

namespace FaqBot.Protocol;

/// <summary>POST /api/messages: authenticate, read and check the activity, run the turn inline (replies go to the
/// connector before the 200, as the Bot Framework SDK does), and map bad input to problem details.</summary>
internal static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static async Task<IResult> HandleAsync(HttpContext http, InboundAuthenticator authenticator, AnonymousServiceUrlPolicy serviceUrls,
        BotTurnRunner runner, ConnectorClient connector, IOptionsMonitor<BotOptions> options, ILoggerFactory logs)
    {
        if (!authenticator.IsAllowed(http.Request))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "A valid Bot Framework token is required.");
        }
        var read = await ActivityRequestReader.ReadAsync(http.Request, options.CurrentValue.MaxRequestBodyBytes, http.RequestAborted);
        if (read.Activity is not { } activity)
        {
            return Results.Problem(statusCode: read.StatusCode, title: read.Title, detail: read.Detail);
        }
        if (ActivityValidator.FindProblem(activity, requireServiceUrl: true) is { } problem)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity", detail: problem);
        }
        if (ActivityValidator.IsHandledType(activity.Type) && !serviceUrls.IsAllowed(activity.ServiceUrl!))
        {
            logs.CreateLogger(typeof(MessagesEndpoint)).LogWarning(
                "Refused an anonymous activity whose serviceUrl is not on this machine nor in Bot:AnonymousServiceUrls.");
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "serviceUrl not allowed",
                detail: "Without MicrosoftAppId, replies go only to a serviceUrl on this machine (such as the Emulator's) " +
                    "or one listed in Bot:AnonymousServiceUrls.");
        }
        if (!ActivityValidator.IsHandledType(activity.Type))
        {
            logs.CreateLogger(typeof(MessagesEndpoint)).LogDebug("Ignored an activity of unknown type.");
            return Results.Ok();
        }
        if (BotResolver.Resolve(http.RequestServices, logs.CreateLogger(typeof(MessagesEndpoint))) is not { } bot)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Bot unavailable");
        }
        await runner.RunAsync(bot, activity, new ConnectorReplyChannel(connector), http.RequestAborted);
        return Results.Ok();
    }
}

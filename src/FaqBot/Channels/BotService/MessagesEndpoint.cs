using FaqBot.Bot.Adapter;
using FaqBot.Bot.Auth;
using FaqBot.Bot.Schema;

namespace FaqBot.Channels.BotService;

/// <summary>POST /api/messages: the token was checked by ASP.NET Core authentication (when MicrosoftAppId is set); this
/// hands the request to the adapter (the turn runs inline, so replies reach the connector before the 200, as the Bot
/// Framework SDK does) and turns its result into the HTTP answer.</summary>
internal static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static async Task<IResult> HandleAsync(HttpContext http, BotAdapter adapter, ConnectorClient connector,
        InboundActivityAuthorizer authorizer)
    {
        var result = await adapter.ProcessAsync(http.Request, new ConnectorChannel(connector, authorizer, http.User), http.RequestAborted);
        return ToHttpResult(http, result);
    }

    /// <summary>The HTTP answer for a turn: a problem when refused, the invoke response for an invoke, else 200.</summary>
    internal static IResult ToHttpResult(HttpContext http, TurnResult result)
    {
        if (result.IsRefused)
        {
            if (result.Status == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            }
            return Results.Problem(statusCode: result.Status, title: result.Title, detail: result.Detail);
        }
        if (result.InvokeResponse is { } invoke)
        {
            return invoke.Body is { } body
                ? Results.Json(body, SchemaJson.Default.JsonElement, statusCode: invoke.Status)
                : Results.StatusCode(invoke.Status);
        }
        return Results.Ok();
    }
}

using System.Buffers;
using System.Globalization;
using System.Text.Json;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.State;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>The REST side of the self-hosted Direct Line 3.0 endpoint: tokens, conversations, activities. Turns run
/// inline, so a member's POST returns once the bot's replies are in the conversation.</summary>
internal sealed class DirectLineApi(
    IDirectLineConversationStore store,
    DirectLineTokenService tokens,
    DirectLineAuthorization authorization,
    BotAdapter adapter,
    IOptionsMonitor<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineApi> log,
    DirectLineOutageFallback? outage = null)
{
    public const string BasePath = "/v3/directline";

    /// <summary>POST tokens/generate: a token for a new conversation (site secret required when one is configured).</summary>
    public async Task<IResult> GenerateTokenAsync(HttpContext http)
    {
        var credential = DirectLineAuthorization.Bearer(http.Request);
        if (!string.IsNullOrEmpty(options.CurrentValue.SiteSecret) && !authorization.IsSiteSecret(credential))
        {
            return credential is null ? Problem(401, "A Direct Line secret is required.") : Problem(403, "The secret is not valid.");
        }
        var start = await ReadStartRequestAsync(http);
        if (start.Problem is { } problem)
        {
            return problem;
        }
        return Results.Json(NewConversationGrant(start.UserId, streamUrl: null, http), DirectLineJson.Wire.DirectLineConversationResponse);
    }

    /// <summary>POST tokens/refresh: a fresh token for the same conversation, while the old one is still valid.</summary>
    public IResult RefreshToken(HttpContext http)
    {
        var credential = DirectLineAuthorization.Bearer(http.Request);
        if (credential is null)
        {
            return Problem(401, "A token is required.");
        }
        if (tokens.Validate(credential) is not { Conversation: { } conversationId } payload)
        {
            return Problem(403, "The token is expired or not valid.");
        }
        return Results.Json(Grant(conversationId, tokens.Issue(conversationId, payload.User ?? DirectLineIds.NewUserId()), null), DirectLineJson.Wire.DirectLineConversationResponse);
    }

    /// <summary>POST conversations: starts the token's conversation (or a new one for the site secret), runs the
    /// bot's conversationUpdate turn (the welcome), and returns the conversation with its stream address.</summary>
    public async Task<IResult> StartConversationAsync(HttpContext http)
    {
        var credential = DirectLineAuthorization.Bearer(http.Request);
        if (credential is null)
        {
            return Problem(401, "A Direct Line token or secret is required.");
        }
        var start = await ReadStartRequestAsync(http);
        if (start.Problem is { } problem)
        {
            return problem;
        }
        string conversationId;
        string userId;
        if (authorization.IsSiteSecret(credential))
        {
            conversationId = DirectLineIds.NewConversationId();
            userId = start.UserId;
        }
        else if (tokens.Validate(credential) is { Conversation: { } tokenConversation } payload)
        {
            conversationId = tokenConversation;
            userId = payload.User ?? start.UserId;
        }
        else
        {
            return Problem(403, "The token is expired or not valid.");
        }
        var (conversation, created) = outage is null
            ? await store.GetOrCreateAsync(conversationId, userId, http.RequestAborted)
            : await outage.GetOrCreateAsync(conversationId, userId, http.RequestAborted);
        if (conversation is null)
        {
            // Full of conversations members are using: theirs are kept, this one waits.
            return Busy(http);
        }
        if (created)
        {
            await RunConversationStartAsync(http, conversation, start.Locale);
        }
        var token = tokens.Issue(conversationId, conversation.UserId);
        var body = Grant(conversationId, token, StreamUrl(http, conversationId, token, watermark: null));
        return created ? Results.Json(body, DirectLineJson.Wire.DirectLineConversationResponse, statusCode: 201) : Results.Json(body, DirectLineJson.Wire.DirectLineConversationResponse);
    }

    /// <summary>GET conversations/{id}?watermark=: reconnect; a fresh stream address that replays from the watermark.</summary>
    public async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark)
    {
        var credential = DirectLineAuthorization.Bearer(http.Request);
        var status = authorization.Check(credential, conversationId, out var payload);
        if (status != 0)
        {
            return Problem(status, "The token does not open this conversation.");
        }
        if (await FindAsync(conversationId, payload, http.RequestAborted) is not { } conversation)
        {
            return Problem(404, "The conversation does not exist or has ended.");
        }
        await conversation.TouchAsync(http.RequestAborted);
        // A member's token is handed back as is; the site secret never is (a conversation token replaces it).
        var token = authorization.IsSiteSecret(credential) ? tokens.Issue(conversationId, conversation.UserId) : credential!;
        return Results.Json(Grant(conversationId, token, StreamUrl(http, conversationId, token, ParseWatermark(watermark))), DirectLineJson.Wire.DirectLineConversationResponse);
    }

    /// <summary>POST conversations/{id}/activities: runs the bot on the member's activity, then stores it (server id,
    /// clientActivityID kept) with the replies in one step, and returns its id.</summary>
    public async Task<IResult> PostActivityAsync(HttpContext http, string conversationId)
    {
        var status = authorization.Check(DirectLineAuthorization.Bearer(http.Request), conversationId, out var payload);
        if (status != 0)
        {
            return Problem(status, "The token does not open this conversation.");
        }
        // A member's signed token names the conversation and its member, so a shared store skips the lookup (one round
        // trip of a turn) and the append says whether the conversation still exists. The lookup stays for the site
        // secret (it names no member) and while this instance holds conversations of a Redis outage.
        var direct = payload?.User is { Length: > 0 } && (outage is null || outage.Count == 0);
        var conversation = direct
            ? await store.OpenAsync(conversationId, payload!.User!, http.RequestAborted)
            : await FindAsync(conversationId, payload, http.RequestAborted);
        if (conversation is null)
        {
            return ConversationNotFound();
        }
        // The member's activity is stored as the bot sees it (text cut).
        var (activity, refusal) = await adapter.ReadAsync(http.Request, http.RequestAborted);
        if (activity is null)
        {
            return Results.Problem(statusCode: refusal!.Status, title: refusal.Title, detail: refusal.Detail);
        }
        AddressFromMember(activity, conversation, http);
        var channel = new DirectLineReplyChannel(conversation, activity);
        string? id;
        try
        {
            // On Redis the bot commits its state with the turn's activities in one step (the channel is the commit).
            await adapter.ProcessAsync(activity, channel, channel.TurnState(), http.RequestAborted);
        }
        finally
        {
            // Stored whatever the turn did and did not commit (answered, sent nothing, failed, Redis down): the member's
            // activity, then the replies.
            id = await CommitAsync(channel, conversation, direct, payload);
        }
        return id is null ? ConversationNotFound() : Results.Json(new ResourceResponse { Id = id }, SchemaJson.Wire.ResourceResponse);
    }

    /// <summary>GET conversations/{id}/activities?watermark=: what is new since the watermark. Any failure past the
    /// credential check is an empty page, never a 500: a failed poll stops Web Chat for good.</summary>
    public async Task GetActivitiesAsync(HttpContext http, string conversationId, string? watermark)
    {
        var status = authorization.Check(DirectLineAuthorization.Bearer(http.Request), conversationId, out var payload);
        if (status != 0)
        {
            await Problem(status, "The token does not open this conversation.").ExecuteAsync(http);
            return;
        }
        var after = ParseWatermark(watermark) ?? 0;
        var page = new ArrayBufferWriter<byte>(1024);
        try
        {
            if (await FindAsync(conversationId, payload, http.RequestAborted) is not { } conversation)
            {
                await Problem(404, "The conversation does not exist or has ended.").ExecuteAsync(http);
                return;
            }
            await conversation.TouchAsync(http.RequestAborted);
            var (activities, next) = await conversation.ReadAfterAsync(after, options.CurrentValue.PageSize, http.RequestAborted);
            DirectLineActivitySet.Write(page, activities, next);
        }
        catch (Exception ex)
        {
            log.LogError("Reading Direct Line activities failed ({ExceptionType}); answering with an empty page.", ex.GetType().FullName);
            page.ResetWrittenCount();
            DirectLineActivitySet.Write(page, [], after);
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = page.WrittenCount;
        await http.Response.Body.WriteAsync(page.WrittenMemory, http.RequestAborted);
    }

    /// <summary>Looks up a conversation for the WebSocket stream, checking the token in <c>t</c> or the header; also
    /// returns the token's claims, with which the stream follows its conversation through an outage.</summary>
    public async Task<(int Status, IDirectLineConversation? Conversation, DirectLineTokenPayload? Payload)> AuthorizeStreamAsync(
        HttpContext http, string conversationId)
    {
        var credential = http.Request.Query["t"].ToString();
        var status = authorization.Check(string.IsNullOrEmpty(credential) ? DirectLineAuthorization.Bearer(http.Request) : credential,
            conversationId, out var payload);
        if (status != 0)
        {
            return (status, null, null);
        }
        var conversation = await FindAsync(conversationId, payload, http.RequestAborted);
        return conversation is null ? (StatusCodes.Status404NotFound, null, null) : (0, conversation, payload);
    }

    /// <summary>The conversation where it lives now: in the shared store, or (Redis down) in this instance's memory for
    /// a member whose signed token names it. The site secret gets no fallback (it names no member).</summary>
    public Task<IDirectLineConversation?> FindAsync(string conversationId, DirectLineTokenPayload? payload, CancellationToken cancellationToken) =>
        outage is null
            ? store.FindAsync(conversationId, cancellationToken)
            : outage.FindAsync(conversationId, payload is null ? null : payload.User ?? string.Empty, cancellationToken);

    // The member's activity id, or null when the conversation no longer exists. With a member's token the store was not
    // asked before the turn: when Redis lost the conversation or is down, the lookup decides (started again for the
    // valid token, or this instance's copy for the outage), and the turn is stored there once.
    private async Task<string?> CommitAsync(DirectLineReplyChannel channel, IDirectLineConversation conversation, bool direct,
        DirectLineTokenPayload? payload)
    {
        try
        {
            return await channel.CommitAsync(conversation);
        }
        catch (DirectLineConversationGoneException)
        {
        }
        catch (SharedStateUnavailableException) when (direct)
        {
        }
        if (!direct || await FindAsync(conversation.Id, payload, CancellationToken.None) is not { } found)
        {
            return null;
        }
        try
        {
            return await channel.CommitAsync(found);
        }
        catch (DirectLineConversationGoneException)
        {
            return null;
        }
    }

    /// <summary>Parses a watermark; null when absent or not a number.</summary>
    public static long? ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private async Task RunConversationStartAsync(HttpContext http, IDirectLineConversation conversation, string? locale)
    {
        var bot = BotAccount();
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversation.Id + "|start",
            ChannelId = DirectLineIds.ChannelId,
            ServiceUrl = Origin(http),
            Timestamp = time.GetUtcNow(),
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = new ChannelAccount { Id = conversation.UserId, Role = "user" },
            Recipient = bot,
            Locale = locale ?? "ja-JP",
            MembersAdded = [new ChannelAccount { Id = bot.Id, Name = bot.Name }, new ChannelAccount { Id = conversation.UserId }],
        };
        // The welcome, in one step; a refusal (a bot that cannot be built) is the adapter's to log.
        var channel = new DirectLineReplyChannel(conversation, member: null);
        await adapter.ProcessAsync(update, channel, null, http.RequestAborted);
        try
        {
            await channel.CommitAsync(conversation);
        }
        catch (Exception ex) when (ex is DirectLineConversationGoneException or SharedStateUnavailableException)
        {
            // The chat still starts: a conversation a full Redis evicted already starts again at the member's first
            // message. Not a warning: under a flood this would be one line per conversation.
            log.LogDebug("The welcome of a new Direct Line conversation was not stored ({ExceptionType}).", ex.GetType().Name);
        }
    }

    private void AddressFromMember(Activity activity, IDirectLineConversation conversation, HttpContext http)
    {
        var from = activity.From ?? new ChannelAccount();
        if (string.IsNullOrEmpty(from.Id))
        {
            from.Id = conversation.UserId;
        }
        // A member can only ever speak as a user, whatever the client claims.
        from.Role = "user";
        activity.From = from;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.Recipient = BotAccount();
        activity.ChannelId = DirectLineIds.ChannelId;
        activity.ServiceUrl = Origin(http);
        activity.Timestamp = time.GetUtcNow();
        activity.Locale ??= "ja-JP";
    }

    private ChannelAccount BotAccount()
    {
        var current = options.CurrentValue;
        return new ChannelAccount { Id = current.BotId, Name = current.BotName, Role = "bot" };
    }

    private DirectLineConversationResponse NewConversationGrant(string userId, string? streamUrl, HttpContext http)
    {
        var conversationId = DirectLineIds.NewConversationId();
        return Grant(conversationId, tokens.Issue(conversationId, userId), streamUrl);
    }

    private DirectLineConversationResponse Grant(string conversationId, string token, string? streamUrl) => new()
    {
        ConversationId = conversationId,
        Token = token,
        ExpiresIn = (int)tokens.Lifetime.TotalSeconds,
        StreamUrl = streamUrl,
    };

    private static string Origin(HttpContext http) => http.Request.Scheme + "://" + http.Request.Host + http.Request.PathBase;

    /// <summary>The absolute ws:// or wss:// stream address, built from the request as the client reached us.</summary>
    private static string StreamUrl(HttpContext http, string conversationId, string token, long? watermark)
    {
        var scheme = http.Request.IsHttps ? "wss" : "ws";
        return scheme + "://" + http.Request.Host + http.Request.PathBase + BasePath + "/conversations/" +
            Uri.EscapeDataString(conversationId) + "/stream?watermark=" +
            (watermark?.ToString(CultureInfo.InvariantCulture) ?? string.Empty) + "&t=" + Uri.EscapeDataString(token);
    }

    private static async Task<StartRequest> ReadStartRequestAsync(HttpContext http)
    {
        if (http.Request.ContentLength is 0 || !(http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0))
        {
            return new StartRequest(DirectLineIds.NewUserId(), null, null);
        }
        if (http.Request.ContentLength > 16 * 1024)
        {
            return new StartRequest("", null, Problem(413, "The body is too large."));
        }
        try
        {
            var body = await JsonSerializer.DeserializeAsync(http.Request.Body, DirectLineJson.Wire.DirectLineStartRequest, http.RequestAborted);
            var userId = DirectLineIds.IsAcceptableUserId(body?.User?.Id) ? body!.User!.Id! : DirectLineIds.NewUserId();
            var locale = body?.Locale is { Length: > 0 and <= 20 } given ? given : null;
            return new StartRequest(userId, locale, null);
        }
        catch (JsonException)
        {
            return new StartRequest("", null, Problem(400, "The body is not valid JSON."));
        }
    }

    private static IResult Problem(int status, string detail) => Results.Problem(statusCode: status, detail: detail);

    private static IResult ConversationNotFound() => Problem(404, "The conversation does not exist or has ended.");

    /// <summary>503 with Retry-After: no room for a new conversation, or the shared store is unreachable.</summary>
    internal static IResult Busy(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "30";
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service busy",
            detail: "ただいま混み合っています。しばらく時間をおいてから、もう一度お試しください。");
    }

    private readonly record struct StartRequest(string UserId, string? Locale, IResult? Problem);
}

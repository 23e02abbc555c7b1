using FaqBot.Analytics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Channels.Teams.Cards;
using FaqBot.Dialogs;
using FaqIndex.Content;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.Teams;

/// <summary>The Teams channel, as a step of the adapter's pipeline for activities from <c>msteams</c>: who is asking
/// (HR tenants and teams), the question without the bot's @mention, card submits and <c>Action.Execute</c> invokes
/// read as the words they stand for, Teams' feedback buttons recorded like はい/いいえ, a welcome when the bot is
/// added; and for every reply: cards instead of text and buttons, in the thread that asked, paced under Teams'
/// rate limit, typing at most every few seconds. Whatever Teams adds that the bot does not know is ignored.</summary>
public sealed class TeamsMiddleware : IBotMiddleware
{
    /// <summary>The channel id of Microsoft Teams.</summary>
    public const string ChannelId = "msteams";

    private const string ThreadMarker = ";messageid=";
    private const int RememberedAnswers = 10_000;
    private static readonly TimeSpan WelcomeAgain = TimeSpan.FromMinutes(10);

    private readonly TeamsAudience _audience;
    private readonly TeamsReplyConverter _converter;
    private readonly TeamsSendPacer _pacer;
    private readonly ITurnRecorder _recorder;
    private readonly IOptionsMonitor<TeamsOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TeamsMiddleware> _log;
    private readonly RecentMap<string, string> _answersSent = new(RememberedAnswers, StringComparer.Ordinal);
    private readonly RecentMap<string, DateTimeOffset> _welcomed = new(RememberedAnswers, StringComparer.Ordinal);

    /// <summary>Creates the middleware.</summary>
    public TeamsMiddleware(TeamsAudience audience, TeamsReplyConverter converter, TeamsSendPacer pacer,
        ITurnRecorder recorder, IOptionsMonitor<TeamsOptions> options, TimeProvider time, ILogger<TeamsMiddleware> log)
    {
        _audience = audience;
        _converter = converter;
        _pacer = pacer;
        _recorder = recorder;
        _options = options;
        _time = time;
        _log = log;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turn, NextTurn next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!string.Equals(activity.ChannelId, ChannelId, StringComparison.OrdinalIgnoreCase))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        var where = TeamsConversationKinds.Parse(activity.Conversation?.ConversationType);
        var audience = _audience.Of(TeamsChannelData.Read(activity.ChannelData, activity.Conversation?.TenantId));
        turn.TurnState.Set(audience);
        turn.OnSendActivity((context, reply, send, token) => SendAsync(context, reply, where, send, token));

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                ReadQuestion(activity);
                await next(cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate:
                // Only the bot's own arrival is greeted: a new member of a team must not make the bot post in a channel.
                if (activity.MembersAdded?.Exists(m => IsBot(m, activity)) == true)
                {
                    await WelcomeAsync(turn, where, audience, cancellationToken).ConfigureAwait(false);
                }
                break;
            case ActivityTypes.InstallationUpdate:
                if (activity.Properties?.TryGetValue("action", out var action) == true && action.ValueKind == JsonValueKind.String
                    && action.GetString()!.StartsWith("add", StringComparison.OrdinalIgnoreCase))
                {
                    await WelcomeAsync(turn, where, audience, cancellationToken).ConfigureAwait(false);
                }
                break;
            case ActivityTypes.Invoke when activity.Name == TeamsInvokeNames.AdaptiveCardAction:
                await ExecuteAsync(turn, next, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke when activity.Name == TeamsInvokeNames.SubmitAction:
                RecordTeamsFeedback(activity, audience);
                await RespondAsync(turn, [], cancellationToken).ConfigureAwait(false);
                break;
            default:
                await next(cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    // The question as the member meant it: the words a card button stands for, or the text without the bot's
    // @mention; the duplicate text/html copy Teams attaches to personal messages is dropped.
    private static void ReadQuestion(Activity activity)
    {
        if (CardSubmitData.TryRead(activity.Value, out var data))
        {
            activity.Text = data.Text;
        }
        else
        {
            activity.Text = TeamsMentions.StripBotMention(activity.Text, activity.Entities, activity.Recipient?.Id);
        }
        activity.Attachments?.RemoveAll(a => string.Equals(a.ContentType, "text/html", StringComparison.OrdinalIgnoreCase));
    }

    // Action.Execute: the dialog hears the button's words as a message; the invoke is answered with a short message
    // (the dialog's replies are posted as usual, so the answer the member pressed on stays in the chat).
    private async Task ExecuteAsync(ITurnContext turn, NextTurn next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!CardSubmitData.TryRead(activity.Value, out var data))
        {
            await RespondAsync(turn, ActionBody(400, "application/vnd.microsoft.error", "このボタンには対応していません。"),
                cancellationToken).ConfigureAwait(false);
            return;
        }
        activity.Type = ActivityTypes.Message;
        activity.Text = data.Text;
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            activity.Type = ActivityTypes.Invoke;
        }
        await RespondAsync(turn, ActionBody(200, "application/vnd.microsoft.activity.message",
            TeamsMessages.ActionReceived(data.Text)), cancellationToken).ConfigureAwait(false);
    }

    private void RecordTeamsFeedback(Activity activity, Audience audience)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("actionValue", out var actionValue) || actionValue.ValueKind != JsonValueKind.Object
            || !actionValue.TryGetProperty("reaction", out var reaction) || reaction.ValueKind != JsonValueKind.String)
        {
            _log.LogDebug("Ignored a message/submitAction without a reaction.");
            return;
        }
        TurnFeedback? kind = reaction.GetString() switch
        {
            "like" => TurnFeedback.TeamsLike,
            "dislike" => TurnFeedback.TeamsDislike,
            _ => null,
        };
        if (kind is null)
        {
            return;
        }
        string? entryId = activity.ReplyToId is { } id && _answersSent.TryGet(id, out var entry) ? entry : null;
        // The free-text comment may hold personal data and is not kept; the reaction is what editors count.
        _recorder.RecordFeedback(ChannelId, TurnRecordCodes.Of(audience), entryId, kind.Value, null);
    }

    private async Task WelcomeAsync(ITurnContext turn, TeamsConversationKind where, Audience audience, CancellationToken cancellationToken)
    {
        var conversation = BaseConversationId(turn.Activity.Conversation?.Id);
        var now = _time.GetUtcNow();
        // Teams sends both conversationUpdate and installationUpdate for one installation: greet once.
        if (_welcomed.TryGet(conversation, out var last) && now - last < WelcomeAgain)
        {
            return;
        }
        _welcomed.Set(conversation, now);
        var card = WelcomeCard.Build(audience.HasFlag(Audience.Hr), where == TeamsConversationKind.Personal,
            Messages.ExampleQuestions, _options.CurrentValue.CardActions);
        var welcome = turn.Activity.CreateReply();
        welcome.Text = null;
        welcome.Summary = TeamsMessages.WelcomeTitle;
        welcome.Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = JsonSerializer.SerializeToElement(card) }];
        await turn.SendActivityAsync(welcome, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ResourceResponse> SendAsync(ITurnContext turn, Activity reply, TeamsConversationKind where,
        Func<Task<ResourceResponse>> send, CancellationToken cancellationToken)
    {
        var conversation = BaseConversationId(reply.Conversation?.Id);
        if (reply.Type == ActivityTypes.Typing)
        {
            return _pacer.MayType(conversation) ? await send().ConfigureAwait(false) : new ResourceResponse();
        }
        string? entryId = AnswerEntity.TryRead(reply, out var id, out _) ? id : null;
        _converter.Convert(reply, where);
        InThread(reply);
        await _pacer.WaitTurnAsync(conversation, cancellationToken).ConfigureAwait(false);
        var response = await send().ConfigureAwait(false);
        if (entryId is not null && response.Id is { Length: > 0 } sentId)
        {
            _answersSent.Set(sentId, entryId);
        }
        return response;
    }

    // A channel message's conversation id names its thread (…;messageid=<root>), which keeps the reply in that
    // thread; a reply that answers no particular message (e.g. the welcome) is tied to the thread's root.
    private static void InThread(Activity reply)
    {
        if (!string.IsNullOrEmpty(reply.ReplyToId))
        {
            return;
        }
        var id = reply.Conversation?.Id;
        var marker = id?.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (marker >= 0)
        {
            var root = id![(marker + ThreadMarker.Length)..];
            if (root.Length > 0 && root.All(char.IsAsciiDigit))
            {
                reply.ReplyToId = root;
            }
        }
    }

    private static string BaseConversationId(string? id)
    {
        if (id is null)
        {
            return string.Empty;
        }
        var marker = id.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return marker >= 0 ? id[..marker] : id;
    }

    private static bool IsBot(ChannelAccount member, Activity activity) =>
        member.Id is { Length: > 0 } id && string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase);

    // Universal Actions answer with {"statusCode","type","value"}; message/submitAction with {}.
    private static JsonObject ActionBody(int status, string type, string value) =>
        new() { ["statusCode"] = status, ["type"] = type, ["value"] = value };

    private static Task RespondAsync(ITurnContext turn, JsonObject body, CancellationToken cancellationToken)
    {
        var status = body["statusCode"]?.GetValue<int>() ?? StatusCodes.Status200OK;
        var response = new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = JsonSerializer.SerializeToElement(new JsonObject { ["status"] = status, ["body"] = body }),
        };
        return turn.SendActivityAsync(response, cancellationToken);
    }
}

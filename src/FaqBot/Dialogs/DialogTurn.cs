using System.Text.Json;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqIndex.Text;
using FaqIndex.Content;

namespace FaqBot.Dialogs;

/// <summary>One turn as the dialogs see it: the inbound activity, the conversation's state, who is asking, and a way
/// to reply with buttons.</summary>
public sealed class DialogTurn
{
    private const int MaxButtonTitle = 40;

    internal DialogTurn(ITurnContext context, ConversationState state, Audience audience, CancellationToken cancellationToken)
    {
        Context = context;
        State = state;
        Audience = audience;
        CancellationToken = cancellationToken;
        Channel = context.Activity.ChannelId ?? "unknown";
    }

    /// <summary>The channel's turn context.</summary>
    public ITurnContext Context { get; }

    /// <summary>The inbound activity.</summary>
    public Activity Activity => Context.Activity;

    /// <summary>The conversation's state, saved after the turn.</summary>
    public ConversationState State { get; }

    /// <summary>Who is asking.</summary>
    public Audience Audience { get; }

    /// <summary>The channel id, for analytics.</summary>
    public string Channel { get; }

    /// <summary>Cancels the turn.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The structured result, set by whichever dialog answered.</summary>
    public DialogOutcome Outcome { get; set; } = DialogOutcome.Other;

    /// <summary>Sends a message with optional buttons (imBack: pressing one sends its full text).</summary>
    public Task SendAsync(string text, IEnumerable<string>? buttons = null)
    {
        var reply = Activity.CreateReply(text);
        if (buttons is not null)
        {
            var actions = new List<CardAction>();
            foreach (var value in buttons)
            {
                actions.Add(new CardAction
                {
                    Type = "imBack",
                    Title = TextCut.CutWithEllipsis(value, MaxButtonTitle),
                    Value = JsonSerializer.SerializeToElement(value),
                });
            }
            if (actions.Count > 0)
            {
                reply.SuggestedActions = new SuggestedActions { Actions = actions };
            }
        }
        return Context.SendActivityAsync(reply, CancellationToken);
    }
}

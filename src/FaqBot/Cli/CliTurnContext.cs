using FaqBot.Dialogs;
using FaqBot.Protocol;
using FaqIndex.Content;

namespace FaqBot.Cli;

/// <summary>The command line as a channel: one turn whose replies are kept in memory, with the asker's audience and
/// the turn's structured outcome.</summary>
internal sealed class CliTurnContext : ITurnContext, ITurnAudience, IDialogOutcomeObserver
{
    /// <summary>The channel id the dialog sees.</summary>
    public const string ChannelId = "cli";

    private int _sent;

    public CliTurnContext(string text, Audience audience, string conversationId)
    {
        Audience = audience;
        Activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "cli-1",
            ChannelId = ChannelId,
            Text = text,
            From = new ChannelAccount { Id = "cli-user", Role = "user" },
            Recipient = new ChannelAccount { Id = "faqbot", Role = "bot" },
            Conversation = new ConversationAccount { Id = conversationId },
            Locale = "ja-JP",
        };
    }

    public Activity Activity { get; }

    public Audience Audience { get; }

    /// <summary>What the bot sent, in order.</summary>
    public List<Activity> Replies { get; } = [];

    /// <summary>How the turn ended.</summary>
    public DialogOutcome Outcome { get; private set; } = DialogOutcome.Other;

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Replies.Add(activity);
        return Task.FromResult(new ResourceResponse { Id = $"cli-reply-{++_sent}" });
    }

    public void OnOutcome(DialogOutcome outcome) => Outcome = outcome;
}

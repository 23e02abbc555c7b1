using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Dialogs;
using FaqIndex.Content;

namespace FaqBot.Channels.Cli;

/// <summary>The command line as a channel of the adapter: each question is one message in its own new conversation
/// (so `ask` shows exactly what a member would see first), replies are kept in memory, and the asker's audience goes
/// in as turn state.</summary>
internal sealed class CliChannel(BotAdapter adapter)
{
    /// <summary>The channel id the dialog sees.</summary>
    public const string ChannelId = "cli";

    private long _conversations;

    /// <summary>Asks one question; returns what the bot sent, in order, and how the dialog ended.</summary>
    public async Task<CliTurn> AskAsync(string question, Audience audience, CancellationToken cancellationToken)
    {
        var conversation = $"cli-{Environment.ProcessId}-{Interlocked.Increment(ref _conversations)}";
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "cli-1",
            ChannelId = ChannelId,
            Text = question,
            From = new ChannelAccount { Id = "cli-user", Role = "user" },
            Recipient = new ChannelAccount { Id = "faqbot", Role = "bot" },
            Conversation = new ConversationAccount { Id = conversation },
            Locale = "ja-JP",
        };
        var replies = new Replies();
        var result = await adapter.ProcessAsync(activity, replies, new TurnState().Set(audience), cancellationToken).ConfigureAwait(false);
        var outcome = result.State.TryGet<DialogOutcome>(out var ended) ? ended : DialogOutcome.Other;
        return new CliTurn(replies.Sent, outcome);
    }

    // Keeps what the bot sends; typing indicators mean nothing on a terminal.
    private sealed class Replies : IBotChannel
    {
        public List<Activity> Sent { get; } = [];

        public TurnResult? Admit(Activity activity) => null;

        public Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                if (activity.Type != ActivityTypes.Typing)
                {
                    Sent.Add(activity);
                }
                return Task.FromResult(new ResourceResponse { Id = $"cli-reply-{Sent.Count}" });
            }
        }
    }
}

/// <summary>One turn of the command line: the bot's replies and the dialog's outcome.</summary>
internal sealed record CliTurn(IReadOnlyList<Activity> Replies, DialogOutcome Outcome);

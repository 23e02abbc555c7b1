using FaqBot.Dialogs;
using FaqBot.Protocol;
using FaqIndex.Content;

namespace FaqBot.Cli;

/// <summary>Runs single turns of the real bot for the command line: each question is its own new conversation, so
/// `ask` shows exactly what a member would see first.</summary>
internal sealed class CliDialogChannel(IBot bot)
{
    private long _conversations;

    /// <summary>Asks one question; returns the turn with its replies and outcome.</summary>
    public async Task<CliTurnContext> AskAsync(string question, Audience audience, CancellationToken cancellationToken)
    {
        var conversation = $"cli-{Environment.ProcessId}-{Interlocked.Increment(ref _conversations)}";
        var turn = new CliTurnContext(question, audience, conversation);
        await bot.OnTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        return turn;
    }
}

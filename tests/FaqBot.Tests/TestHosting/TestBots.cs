using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaqBot.Tests.TestHosting;

/// <summary>Small bots for protocol tests (the real dialog is tested with the real app in EndToEnd).</summary>
public static class TestBots
{
    /// <summary>Registers <paramref name="bot"/> as the app's IBot, replacing any other.</summary>
    public static void Use(IServiceCollection services, IBot bot)
    {
        services.RemoveAll<IBot>();
        services.AddSingleton(bot);
    }
}

/// <summary>Replies "echo: {text}" to messages and "welcome" to conversationUpdate; records what it saw.</summary>
public sealed class EchoBot : IBot
{
    private int _turns;

    public int Turns => Volatile.Read(ref _turns);

    public Activity? LastActivity { get; private set; }

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turns);
        LastActivity = turn.Activity;
        if (turn.Activity.Type == ActivityTypes.Message)
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply("echo: " + turn.Activity.Text), cancellationToken);
        }
        else if (turn.Activity.Type == ActivityTypes.ConversationUpdate)
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply("welcome"), cancellationToken);
        }
    }
}

/// <summary>Throws with the member's text in the message, as a careless bug would.</summary>
public sealed class ThrowingBot : IBot
{
    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("could not handle: " + turn.Activity.Text);
}

/// <summary>Waits until the test releases it before answering a message (a slow answer); welcomes at once.</summary>
public sealed class SlowBot : IBot
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply("welcome"), cancellationToken);
            return;
        }
        await Release.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
        await turn.SendActivityAsync(turn.Activity.CreateReply("done"), cancellationToken);
    }
}

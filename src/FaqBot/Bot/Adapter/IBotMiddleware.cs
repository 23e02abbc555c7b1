namespace FaqBot.Bot.Adapter;

/// <summary>A step of the turn pipeline, run by the adapter before the bot for every channel (BotBuilder's
/// IMiddleware): registered in DI, in order; it may read or change the activity, set turn state, hook sends, answer
/// the turn itself, or call <c>next</c> to go on to the following step and, at the end, the bot.</summary>
public interface IBotMiddleware
{
    /// <summary>Runs this step; <paramref name="next"/> runs the rest of the pipeline.</summary>
    Task OnTurnAsync(ITurnContext turn, NextTurn next, CancellationToken cancellationToken);
}

/// <summary>The rest of the turn pipeline after a middleware.</summary>
public delegate Task NextTurn(CancellationToken cancellationToken);

namespace FaqBot.Operations;

/// <summary>Whether the bot (content, dictionary, index) has been built: set by the start-up build, read by the
/// readiness check, so a load balancer sends members only to an instance that can answer.</summary>
public sealed class BotReadiness
{
    private volatile BotReadinessState _state = BotReadinessState.Starting;

    /// <summary>The current state.</summary>
    public BotReadinessState State => _state;

    /// <summary>Marks the bot built.</summary>
    public void Ready() => _state = BotReadinessState.Ready;

    /// <summary>Marks the build failed (the service is stopping).</summary>
    public void Failed() => _state = BotReadinessState.Failed;
}

/// <summary>The start-up states of the bot.</summary>
public enum BotReadinessState
{
    /// <summary>Being built.</summary>
    Starting,

    /// <summary>Built and answering.</summary>
    Ready,

    /// <summary>Could not be built; the service stops.</summary>
    Failed,
}

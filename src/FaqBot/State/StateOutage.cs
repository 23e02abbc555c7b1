using FaqBot.Operations;

namespace FaqBot.State;

/// <summary>Tracks whether the shared store is reachable: every failure is counted (<c>faqbot.state.errors</c>), but
/// only the first of an outage and the recovery are logged, so a Redis restart costs two log lines, not one a turn.</summary>
public sealed class StateOutage(FaqBotMetrics metrics, ILogger<StateOutage> log)
{
    private int _down;

    /// <summary>Raised once when the store answers again after an outage (on the thread of the succeeding call).</summary>
    public event Action? Recovered;

    /// <summary>True between a failure and the next success.</summary>
    public bool IsDown => Volatile.Read(ref _down) == 1;

    /// <summary>Records a failed operation.</summary>
    public void Failed(string operation, Exception error)
    {
        metrics.StateError(operation);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            // The exception text names the endpoint and the failure, never a key or a value.
            log.LogWarning("Shared state (Redis) is unreachable: {ExceptionType}: {Reason}. Conversation state is best " +
                "effort until it is back.", error.GetType().Name, FirstLine(error.Message));
        }
    }

    /// <summary>Records a successful operation (cheap when nothing was wrong).</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _down) == 1 && Interlocked.Exchange(ref _down, 0) == 1)
        {
            log.LogInformation("Shared state (Redis) is reachable again.");
            Recovered?.Invoke();
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        var line = end < 0 ? message : message[..end];
        return line.Length <= 300 ? line : line[..300];
    }
}

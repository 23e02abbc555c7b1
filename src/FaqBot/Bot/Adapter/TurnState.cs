namespace FaqBot.Bot.Adapter;

/// <summary>Typed values that live for one turn, one per type: set by a channel or a middleware (who is asking),
/// read by the bot, or set by the bot and read by the channel afterwards (how the turn ended).</summary>
public sealed class TurnState
{
    private readonly Dictionary<Type, object> _values = [];

    /// <summary>Sets the value of type <typeparamref name="T"/>, replacing an earlier one.</summary>
    public TurnState Set<T>(T value) where T : notnull
    {
        lock (_values)
        {
            _values[typeof(T)] = value;
        }
        return this;
    }

    /// <summary>The value of type <typeparamref name="T"/>, if one was set.</summary>
    public bool TryGet<T>(out T value) where T : notnull
    {
        lock (_values)
        {
            if (_values.TryGetValue(typeof(T), out var stored))
            {
                value = (T)stored;
                return true;
            }
        }
        value = default!;
        return false;
    }
}

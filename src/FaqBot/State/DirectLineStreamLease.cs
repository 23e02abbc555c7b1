namespace FaqBot.State;

/// <summary>Held by a WebSocket stream while it is open on a conversation (see
/// <see cref="IDirectLineConversation.OpenStream"/>); disposing it says the stream closed.</summary>
public sealed class DirectLineStreamLease : IDisposable
{
    /// <summary>A lease that counts nothing, for stores that never evict for room (Redis expires by TTL only).</summary>
    public static readonly DirectLineStreamLease None = new(null);

    private Action? _release;

    /// <summary>Creates a lease that runs <paramref name="release"/> once when disposed.</summary>
    public DirectLineStreamLease(Action? release) => _release = release;

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}

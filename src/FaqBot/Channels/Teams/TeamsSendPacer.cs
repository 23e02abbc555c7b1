using Microsoft.Extensions.Options;

namespace FaqBot.Channels.Teams;

/// <summary>Keeps the bot under Teams' rate limit of <see cref="TeamsOptions.MaxSendsPerSecond"/> sends per second
/// per conversation: a send over the limit waits its turn (in order) rather than being dropped or refused by Teams,
/// and typing indicators closer together than <see cref="TeamsOptions.TypingInterval"/> are left out.</summary>
public sealed class TeamsSendPacer
{
    private const int MaxConversations = 10_000;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly IOptionsMonitor<TeamsOptions> _options;
    private readonly RecentMap<string, Lane> _lanes = new(MaxConversations, StringComparer.Ordinal);

    /// <summary>Creates the pacer.</summary>
    public TeamsSendPacer(TimeProvider time, IOptionsMonitor<TeamsOptions> options)
    {
        _time = time;
        _options = options;
    }

    /// <summary>Waits until a message may go to <paramref name="conversationId"/>, then counts it as sent.</summary>
    public async Task WaitTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        var lane = LaneOf(conversationId);
        await lane.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var limit = _options.CurrentValue.MaxSendsPerSecond;
            while (true)
            {
                var now = _time.GetUtcNow();
                while (lane.Sent.Count > 0 && now - lane.Sent.Peek() >= Window)
                {
                    lane.Sent.Dequeue();
                }
                if (lane.Sent.Count < limit)
                {
                    lane.Sent.Enqueue(now);
                    return;
                }
                await Task.Delay(Window - (now - lane.Sent.Peek()), _time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            lane.Gate.Release();
        }
    }

    /// <summary>True when a typing indicator may go to <paramref name="conversationId"/> now (and counts it).</summary>
    public bool MayType(string conversationId)
    {
        var lane = LaneOf(conversationId);
        var now = _time.GetUtcNow();
        lock (lane)
        {
            if (lane.LastTyping is { } last && now - last < _options.CurrentValue.TypingInterval)
            {
                return false;
            }
            lane.LastTyping = now;
            return true;
        }
    }

    private Lane LaneOf(string conversationId)
    {
        lock (_lanes)
        {
            if (!_lanes.TryGet(conversationId, out var lane))
            {
                lane = new Lane();
            }
            _lanes.Set(conversationId, lane);
            return lane;
        }
    }

    private sealed class Lane
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public Queue<DateTimeOffset> Sent { get; } = new();

        public DateTimeOffset? LastTyping { get; set; }
    }
}

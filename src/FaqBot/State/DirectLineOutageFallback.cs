using FaqBot.Channels.DirectLine;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FaqBot.State;

/// <summary>Keeps Direct Line answering while Redis is down (best effort): a member whose signed token opens a
/// conversation gets it from this instance's memory, so a WebSocket or poll on the instance they post to still receives
/// the answers. When Redis is back each such conversation continues there, numbered after what the member has seen,
/// and a conversation a restarted Redis lost is started again for the member whose valid token names it.</summary>
public sealed class DirectLineOutageFallback : IDisposable
{
    // KEYS[1] the conversation's hash; ARGV: user id, watermark the member has seen, TTL ms. Recreates a conversation a
    // restarted Redis lost and moves its sequence past the watermark, so the member's next activity is not skipped.
    private const string ContinueScript = """
        redis.call('HSETNX', KEYS[1], 'user', ARGV[1])
        local seq = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
        if seq < tonumber(ARGV[2]) then redis.call('HSET', KEYS[1], 'seq', ARGV[2]) end
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    private readonly RedisDirectLineStore _shared;
    private readonly InMemoryDirectLineStore _local;
    private readonly StateOutage _outage;
    private readonly ILogger<DirectLineOutageFallback> _log;
    private readonly Func<long> _firstWatermark;

    /// <summary>Creates the fallback for the shared store; it wakes when <paramref name="outage"/> reports recovery.</summary>
    public DirectLineOutageFallback(RedisDirectLineStore shared, StateOutage outage, IOptionsMonitor<DirectLineOptions> options,
        TimeProvider time, ILoggerFactory logs)
    {
        _shared = shared;
        _outage = outage;
        _log = logs.CreateLogger<DirectLineOutageFallback>();
        // Numbered from the clock in microseconds: above any sequence Redis counts to, and above any earlier outage's.
        _firstWatermark = () => time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
        _local = new InMemoryDirectLineStore(options, time, logs.CreateLogger<InMemoryDirectLineStore>(), _firstWatermark);
        outage.Recovered += OnRecovered;
    }

    /// <summary>How many conversations this instance holds for the outage.</summary>
    public int Count => _local.Count;

    /// <summary>The conversation from Redis; while Redis is down, this instance's copy for a member whose token names
    /// it (<paramref name="userId"/> not null), else <see cref="SharedStateUnavailableException"/>.</summary>
    public async Task<IDirectLineConversation?> FindAsync(string conversationId, string? userId, CancellationToken cancellationToken)
    {
        try
        {
            if (_local.Count > 0 && _local.Peek(conversationId) is { } local)
            {
                await ContinueInRedisAsync(local).ConfigureAwait(false);
            }
            if (await _shared.FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }
            if (userId is null)
            {
                return null;
            }
            // A valid token for a conversation Redis does not know: Redis restarted empty. The member's chat goes on
            // (without its history), numbered after anything they can have seen.
            await ContinueAsync(conversationId, userId, _firstWatermark()).ConfigureAwait(false);
            return await _shared.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }
        catch (SharedStateUnavailableException) when (userId is not null)
        {
            return await LocalAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Starts or finds a conversation in Redis; while Redis is down, in this instance's memory.</summary>
    public async Task<(IDirectLineConversation? Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _shared.GetOrCreateAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        }
        catch (SharedStateUnavailableException)
        {
            var existing = _local.Peek(conversationId) is not null;
            var (conversation, _) = await _local.GetOrCreateAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
            return (conversation, conversation is not null && !existing);
        }
    }

    private async Task<IDirectLineConversation?> LocalAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var (conversation, created) = await _local.GetOrCreateAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        if (created)
        {
            // A stream of this conversation waiting on Redis finds out now, not at its next safety poll.
            _shared.Wake(conversationId);
        }
        return conversation;
    }

    // Redis is back: each conversation held here continues there (its streams close and follow it).
    private void OnRecovered() => _ = Task.Run(async () =>
    {
        var moved = 0;
        foreach (var conversation in _local.Conversations)
        {
            try
            {
                await ContinueInRedisAsync(conversation).ConfigureAwait(false);
                moved++;
            }
            catch (SharedStateUnavailableException)
            {
                return; // down again: the next recovery tries again
            }
        }
        if (moved > 0)
        {
            _log.LogDebug("{Count} Direct Line conversations held during the Redis outage continue in Redis.", moved);
        }
    });

    private async Task ContinueInRedisAsync(InMemoryDirectLineConversation local)
    {
        await ContinueAsync(local.Id, local.UserId, local.LastSequence).ConfigureAwait(false);
        _local.Remove(local.Id);
    }

    private async Task ContinueAsync(string conversationId, string userId, long seen)
    {
        try
        {
            await _shared.Redis.Database.ScriptEvaluateAsync(ContinueScript, [_shared.MetaKey(conversationId)],
                [userId, seen, _shared.TtlMilliseconds]).ConfigureAwait(false);
            _outage.Succeeded();
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            _outage.Failed("directline.continue", ex);
            throw new SharedStateUnavailableException(ex);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _outage.Recovered -= OnRecovered;
        _local.Dispose();
    }
}

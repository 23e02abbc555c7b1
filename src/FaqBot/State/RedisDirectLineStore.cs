using System.Collections.Concurrent;
using FaqBot.Channels.DirectLine;
using FaqBot.Dialogs;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FaqBot.State;

/// <summary>Direct Line conversations in Redis, shared by every instance: a hash per conversation (member, last
/// sequence) and a sorted set of its activities scored by sequence (the watermark), both expiring after the idle
/// timeout. Each append is published on one channel, and every instance wakes the streams it holds for that
/// conversation, so a WebSocket on one instance receives what the bot sent on another.</summary>
public sealed class RedisDirectLineStore : IDirectLineConversationStore
{
    // KEYS[1] the hash; ARGV: user id, TTL ms. Returns 1 when created, 0 when it existed (its TTL is refreshed).
    private const string CreateScript = """
        local created = redis.call('HSETNX', KEYS[1], 'user', ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return created
        """;

    private readonly RedisConnection _redis;
    private readonly StateOutage _outage;
    private readonly IOptionsMonitor<DirectLineOptions> _options;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);
    private readonly RedisChannel _changes;
    private int _subscribed;

    /// <summary>Creates the store; the change subscription starts with the first stream.</summary>
    public RedisDirectLineStore(RedisConnection redis, StateOutage outage, IOptionsMonitor<DirectLineOptions> options,
        TimeProvider time, IOptions<DialogOptions> dialog)
    {
        StateTtlMilliseconds = (long)dialog.Value.StateIdleTimeout.TotalMilliseconds;
        Time = time;
        _redis = redis;
        _outage = outage;
        _options = options;
        _changes = RedisChannel.Literal(redis.KeyPrefix + "dl-changed");
    }

    internal RedisConnection Redis => _redis;

    internal TimeProvider Time { get; }

    internal StateOutage Outage => _outage;

    internal RedisChannel ChangesChannel => _changes;

    internal DirectLineOptions Options => _options.CurrentValue;

    /// <inheritdoc />
    public async Task<IDirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        RedisValue user;
        try
        {
            user = await _redis.Database.HashGetAsync(MetaKey(conversationId), "user").ConfigureAwait(false);
            _outage.Succeeded();
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            _outage.Failed("directline.find", ex);
            throw new SharedStateUnavailableException(ex);
        }
        return user.IsNull ? null : new RedisDirectLineConversation(this, conversationId, user!);
    }

    /// <inheritdoc />
    public Task<IDirectLineConversation?> OpenAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        // The append script checks that the conversation exists in the same step as it stores the activity.
        Task.FromResult<IDirectLineConversation?>(new RedisDirectLineConversation(this, conversationId, userId));

    /// <inheritdoc />
    public async Task<(IDirectLineConversation? Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId,
        CancellationToken cancellationToken)
    {
        RedisResult created;
        try
        {
            created = await _redis.Database.ScriptEvaluateAsync(CreateScript, [MetaKey(conversationId)],
                [userId, TtlMilliseconds]).ConfigureAwait(false);
            _outage.Succeeded();
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            _outage.Failed("directline.create", ex);
            throw new SharedStateUnavailableException(ex);
        }
        if ((long)created == 1)
        {
            return (new RedisDirectLineConversation(this, conversationId, userId), true);
        }
        return (await FindAsync(conversationId, cancellationToken).ConfigureAwait(false), false);
    }

    internal long TtlMilliseconds => (long)_options.CurrentValue.ConversationIdleTimeout.TotalMilliseconds;

    // The hash tag keeps a conversation's two keys on one cluster slot, as the append script needs.
    internal RedisKey MetaKey(string conversationId) => _redis.KeyPrefix + "dl:{" + conversationId + "}";

    internal RedisKey LogKey(string conversationId) => _redis.KeyPrefix + "dl:{" + conversationId + "}:log";

    // The conversation's dialog state, saved in the same script as the turn's activities (same hash tag).
    internal RedisKey StateKey(string conversationId) =>
        RedisConversationStateStore.KeyOf(_redis.KeyPrefix, new ConversationKey(DirectLineIds.ChannelId, conversationId));

    // The dialog's idle timeout: the state hash's TTL, as the state store sets it.
    internal long StateTtlMilliseconds { get; }

    /// <summary>The signal for the next change of one conversation, subscribing to changes on first use.</summary>
    internal Task NextChange(string conversationId)
    {
        if (Interlocked.Exchange(ref _subscribed, 1) == 0)
        {
            _ = SubscribeAsync();
        }
        return _waiting.GetOrAdd(conversationId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    // Not awaited by the stream that asked: a slow Redis must not close its WebSocket (a blocking subscribe timed out
    // under load and did). Until it is in place, or when it failed, streams wake by their safety poll; the next stream
    // tries again.
    private async Task SubscribeAsync()
    {
        try
        {
            await _redis.Subscriber.SubscribeAsync(_changes, (_, message) => Wake(message!)).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            Volatile.Write(ref _subscribed, 0);
            _outage.Failed("directline.subscribe", ex);
        }
    }

    /// <summary>Wakes this instance's streams of a conversation (also called directly after a local append).</summary>
    internal void Wake(string conversationId)
    {
        if (_waiting.TryRemove(conversationId, out var signal))
        {
            signal.TrySetResult();
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FaqBot.Channels.DirectLine;
using FaqBot.Dialogs;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FaqBot.State;

/// <summary>Conversation state in Redis, shared by every instance: one hash per conversation (version, JSON state)
/// whose TTL is the dialog's idle timeout, saved by a script that checks the version first. While Redis is unreachable
/// the store is best effort: loads find nothing, saves are skipped, and turns go on.</summary>
public sealed class RedisConversationStateStore : IConversationStateStore
{
    // KEYS[1] the hash; ARGV: expected version ("0": none), state JSON, TTL in ms. Returns 1 when saved, 0 on conflict.
    private const string SaveScript = """
        local current = redis.call('HGET', KEYS[1], 'v')
        if not current then current = '0' end
        if current ~= ARGV[1] then return 0 end
        redis.call('HSET', KEYS[1], 'v', tostring(tonumber(current) + 1), 's', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    private static readonly RedisValue[] Fields = ["v", "s"];

    private readonly RedisConnection _redis;
    private readonly StateOutage _outage;
    private readonly long _ttlMilliseconds;

    /// <summary>Creates the store with the idle timeout of the <c>Dialog</c> section.</summary>
    public RedisConversationStateStore(RedisConnection redis, StateOutage outage, IOptions<DialogOptions> options)
    {
        _redis = redis;
        _outage = outage;
        _ttlMilliseconds = (long)options.Value.StateIdleTimeout.TotalMilliseconds;
    }

    /// <inheritdoc />
    public async Task<StoredConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        RedisValue[] values;
        try
        {
            values = await _redis.Database.HashGetAsync(KeyOf(_redis.KeyPrefix, key), Fields).ConfigureAwait(false);
            _outage.Succeeded();
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            _outage.Failed("state.load", ex);
            return null;
        }
        if (values[0].IsNull || values[1].IsNull || !long.TryParse(values[0].ToString(), out var version))
        {
            return null;
        }
        var state = JsonSerializer.Deserialize<ConversationState>((byte[])values[1]!) ?? new ConversationState();
        return new StoredConversationState(state, version);
    }

    /// <inheritdoc />
    public async Task<bool> TrySaveAsync(ConversationKey key, ConversationState state, long expectedVersion,
        CancellationToken cancellationToken)
    {
        if (Serialize(state, expectedVersion) is not { } bytes)
        {
            // A fresh conversation with nothing to remember (a welcome): absent loads the same, so no key is written.
            return true;
        }
        try
        {
            var result = await _redis.Database.ScriptEvaluateAsync(SaveScript, [KeyOf(_redis.KeyPrefix, key)],
                [expectedVersion, bytes, _ttlMilliseconds]).ConfigureAwait(false);
            _outage.Succeeded();
            return (long)result == 1;
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            // Best effort: the answer was right, only the memory of this turn is lost.
            _outage.Failed("state.save", ex);
            return true;
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        try
        {
            await _redis.Database.KeyDeleteAsync(KeyOf(_redis.KeyPrefix, key)).ConfigureAwait(false);
            _outage.Succeeded();
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            _outage.Failed("state.delete", ex);
        }
    }

    /// <summary>The state hash of a conversation (the one place its name is built). A Direct Line conversation's key
    /// carries the conversation's hash tag, so its state, meta hash and log share a cluster slot and one script can
    /// save the state and store the turn; a conversation id from a channel is hashed past 200 characters so no key
    /// grows without bound (Direct Line ids are this service's own, far shorter).</summary>
    internal static RedisKey KeyOf(string prefix, ConversationKey key)
    {
        var id = key.ToString();
        if (id.Length > 200)
        {
            return prefix + "state#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
        }
        return key.ChannelId == DirectLineIds.ChannelId
            ? prefix + "state:" + key.ChannelId + "|{" + key.ConversationId + "}"
            : prefix + "state:" + id;
    }

    /// <summary>The serialised state a save writes, or null for the untouched state of a fresh conversation (absent
    /// loads the same, so no key is written for it: a flood of welcomes costs no stored state).</summary>
    internal static byte[]? Serialize(ConversationState state, long expectedVersion)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(state);
        return expectedVersion == 0 && UntouchedConversationState.Is(bytes) ? null : bytes;
    }
}

using System.Globalization;
using FaqBot.Bot.Schema;
using StackExchange.Redis;

namespace FaqBot.State;

/// <summary>A handle on one Direct Line conversation in Redis (see <see cref="RedisDirectLineStore"/>); cheap, made
/// per request. Redis failures are counted once per outage and surface as <see cref="SharedStateUnavailableException"/>.</summary>
internal sealed class RedisDirectLineConversation(RedisDirectLineStore store, string id, string userId) : IDirectLineConversation
{
    // KEYS[1] hash, KEYS[2] log, KEYS[3] (a turn's commit only) the dialog state hash; ARGV: marker, max kept, TTL ms,
    // channel, conversation id, expected state version, state JSON ("": nothing to write), state TTL ms, then the
    // activities' JSON. Returns -1 when the conversation is gone, 0 on a state version conflict (nothing stored), else
    // the last sequence (>= 1: an append is never empty; a commit with no activity answers 1). The state is saved and the activities stored in one step, so a
    // turn's replies are stored exactly when its state counted. The sequences are taken and the activities stored in
    // one step, so readers never see a gap that fills in later; each "{marker}{index}Q" (an activity's id, a reply's
    // replyToId) becomes the sequence of that activity.
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        if KEYS[3] then
            local current = redis.call('HGET', KEYS[3], 'v') or '0'
            if current ~= ARGV[6] then return 0 end
            if ARGV[7] ~= '' then
                redis.call('HSET', KEYS[3], 'v', tostring(tonumber(current) + 1), 's', ARGV[7])
                redis.call('PEXPIRE', KEYS[3], ARGV[8])
            end
        end
        local n = #ARGV - 8
        if n == 0 then return 1 end
        local last = redis.call('HINCRBY', KEYS[1], 'seq', n)
        local first = last - n + 1
        local entries = {}
        local number = function(index) return string.format('%07d', first + tonumber(index)) end
        for i = 1, n do
            entries[2 * i - 1] = first + i - 1
            entries[2 * i] = string.gsub(ARGV[8 + i], ARGV[1] .. '(%d+)Q', number)
        end
        redis.call('ZADD', KEYS[2], unpack(entries))
        redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(tonumber(ARGV[2]) + 1))
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        return last
        """;

    private const int FixedArguments = 8;

    // Letters and digits only (no Lua pattern character), long enough that it cannot occur in an activity by chance.
    private static readonly string Marker = "SEQ" + Guid.NewGuid().ToString("N");

    // A lost notification (Redis reconnecting) delays a stream by this much at most.
    private static readonly TimeSpan SafetyPoll = TimeSpan.FromSeconds(5);

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    // Redis conversations end by expiring; open streams end when their member leaves.
    public CancellationToken Ended => CancellationToken.None;

    public DirectLineStreamLease OpenStream() => DirectLineStreamLease.None;

    public async Task TouchAsync(CancellationToken cancellationToken)
    {
        var ttl = TimeSpan.FromMilliseconds(store.TtlMilliseconds);
        var db = store.Redis.Database;
        await Guard("directline.touch", async () =>
        {
            var batch = db.CreateBatch();
            var meta = batch.KeyExpireAsync(store.MetaKey(Id), ttl);
            var log = batch.KeyExpireAsync(store.LogKey(Id), ttl);
            batch.Execute();
            await Task.WhenAll(meta, log).ConfigureAwait(false);
            return 0;
        }).ConfigureAwait(false);
    }

    public async Task<string[]> AppendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        await StoreAsync(activities, state: null, expectedVersion: 0).ConfigureAwait(false) ?? [];

    /// <summary>Saves the dialog state (<paramref name="state"/>, empty for nothing to write) if its version is still
    /// <paramref name="expectedVersion"/> and stores <paramref name="activities"/> in the same script call; null on a
    /// version conflict, when nothing was stored and the activities are as they were. Throws as
    /// <see cref="AppendAsync"/> does.</summary>
    public Task<string[]?> CommitTurnAsync(IReadOnlyList<Activity> activities, byte[] state, long expectedVersion) =>
        StoreAsync(activities, state, expectedVersion);

    private async Task<string[]?> StoreAsync(IReadOnlyList<Activity> activities, byte[]? state, long expectedVersion)
    {
        var ids = new string[activities.Count];
        if (ids.Length == 0 && state is null)
        {
            return ids;
        }
        // A conflict leaves the batch as it came: the rerun turn reads the member's own text.
        var memberText = ids.Length == 0 ? null : activities[0].Text;
        // The marked ids exist only in the JSON sent: the activities in hand keep their ids until the stored ones are
        // known. The member's activity is the bot's turn activity, so a reply made while this call is in flight (the
        // answer right after a typing indicator) would otherwise name the marker and be numbered as itself.
        var idsBefore = new string?[ids.Length];
        var repliesBefore = new string?[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            idsBefore[i] = activities[i].Id;
            repliesBefore[i] = activities[i].ReplyToId;
        }
        DirectLineTranscript.Number(activities, Id, MarkedId);
        var options = store.Options;
        var arguments = new RedisValue[FixedArguments + ids.Length];
        arguments[0] = Marker;
        arguments[1] = options.MaxActivitiesPerConversation;
        arguments[2] = store.TtlMilliseconds;
        arguments[3] = store.ChangesChannel.ToString();
        arguments[4] = Id;
        arguments[5] = expectedVersion;
        arguments[6] = state is null ? RedisValue.EmptyString : state;
        arguments[7] = store.StateTtlMilliseconds;
        var now = store.Time.GetUtcNow();
        for (var i = 0; i < ids.Length; i++)
        {
            activities[i].Timestamp ??= now;
            arguments[FixedArguments + i] = SchemaJson.Serialize(activities[i]);
        }
        for (var i = 0; i < ids.Length; i++)
        {
            activities[i].Id = idsBefore[i];
            activities[i].ReplyToId = repliesBefore[i];
        }
        RedisKey[] keys = state is null
            ? [store.MetaKey(Id), store.LogKey(Id)]
            : [store.MetaKey(Id), store.LogKey(Id), store.StateKey(Id)];
        var last = await Guard(state is null ? "directline.append" : "directline.commit", async () =>
            (long)await store.Redis.Database.ScriptEvaluateAsync(AppendScript, keys, arguments).ConfigureAwait(false)).ConfigureAwait(false);
        if (last < 0)
        {
            throw new DirectLineConversationGoneException();
        }
        if (last == 0)
        {
            if (ids.Length > 0)
            {
                activities[0].Text = memberText; // redacted in place for the JSON
            }
            return null;
        }
        store.Wake(Id);
        // The activities in hand as stored: the sequence in their ids and the replies' replyToId instead of the marker.
        DirectLineTranscript.Renumber(activities, (Id, First: last - ids.Length + 1),
            static (state, i) => DirectLineTranscript.IdOf(state.Id, state.First + i));
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = activities[i].Id!;
        }
        return ids;
    }

    // The id an activity of a batch carries into Redis, where the script puts its sequence in place of the marker.
    private static string MarkedId(string conversationId, int index) =>
        conversationId + "|" + Marker + index.ToString(CultureInfo.InvariantCulture) + "Q";

    public async Task<(List<byte[]> Activities, long Watermark)> ReadAfterAsync(long watermark, int max, CancellationToken cancellationToken)
    {
        var entries = await Guard("directline.read", () => store.Redis.Database.SortedSetRangeByScoreWithScoresAsync(store.LogKey(Id),
            start: watermark, stop: double.PositiveInfinity, exclude: Exclude.Start, skip: 0, take: max)).ConfigureAwait(false);
        var result = new List<byte[]>(entries.Length);
        var last = watermark;
        foreach (var entry in entries)
        {
            result.Add((byte[])entry.Element!);
            last = (long)entry.Score;
        }
        return (result, last);
    }

    public Task NextChange() => store.NextChange(Id).WaitAsync(SafetyPoll).ContinueWith(static _ => { },
        CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private async Task<T> Guard<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            var result = await call().ConfigureAwait(false);
            store.Outage.Succeeded();
            return result;
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            store.Outage.Failed(operation, ex);
            throw new SharedStateUnavailableException(ex);
        }
    }
}

using System.Globalization;
using FaqBot.Bot.Schema;
using StackExchange.Redis;

namespace FaqBot.State;

/// <summary>A handle on one Direct Line conversation in Redis (see <see cref="RedisDirectLineStore"/>); cheap, made
/// per request. Redis failures are counted once per outage and surface as <see cref="SharedStateUnavailableException"/>.</summary>
internal sealed class RedisDirectLineConversation(RedisDirectLineStore store, string id, string userId) : IDirectLineConversation
{
    // KEYS[1] hash, KEYS[2] log; ARGV: marker, max kept, TTL ms, channel, conversation id, then the activities' JSON.
    // The sequences are taken and the activities stored in one step, so readers never see a gap that fills in later;
    // each "{marker}{index}Q" (an activity's id, a reply's replyToId) becomes the sequence of that activity.
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local n = #ARGV - 5
        local last = redis.call('HINCRBY', KEYS[1], 'seq', n)
        local first = last - n + 1
        local entries = {}
        local number = function(index) return string.format('%07d', first + tonumber(index)) end
        for i = 1, n do
            entries[2 * i - 1] = first + i - 1
            entries[2 * i] = string.gsub(ARGV[5 + i], ARGV[1] .. '(%d+)Q', number)
        end
        redis.call('ZADD', KEYS[2], unpack(entries))
        redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(tonumber(ARGV[2]) + 1))
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        return last
        """;

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

    public async Task<string[]> AppendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var ids = new string[activities.Count];
        if (ids.Length == 0)
        {
            return ids;
        }
        // The marked ids exist only in the JSON sent: the activities in hand keep their ids until the stored ones are
        // known. The member's activity is the bot's turn activity, so a reply made while this append is in flight (the
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
        var arguments = new RedisValue[5 + ids.Length];
        arguments[0] = Marker;
        arguments[1] = options.MaxActivitiesPerConversation;
        arguments[2] = store.TtlMilliseconds;
        arguments[3] = store.ChangesChannel.ToString();
        arguments[4] = Id;
        var now = store.Time.GetUtcNow();
        for (var i = 0; i < ids.Length; i++)
        {
            activities[i].Timestamp ??= now;
            arguments[5 + i] = SchemaJson.Serialize(activities[i]);
        }
        for (var i = 0; i < ids.Length; i++)
        {
            activities[i].Id = idsBefore[i];
            activities[i].ReplyToId = repliesBefore[i];
        }
        var last = await Guard("directline.append", async () => (long)await store.Redis.Database.ScriptEvaluateAsync(AppendScript,
            [store.MetaKey(Id), store.LogKey(Id)], arguments).ConfigureAwait(false)).ConfigureAwait(false);
        if (last < 0)
        {
            throw new DirectLineConversationGoneException();
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

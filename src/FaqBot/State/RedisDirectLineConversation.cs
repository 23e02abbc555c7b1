using System.Globalization;
using FaqBot.Bot.Schema;
using StackExchange.Redis;

namespace FaqBot.State;

/// <summary>A handle on one Direct Line conversation in Redis (see <see cref="RedisDirectLineStore"/>); cheap, made
/// per request. Redis failures are counted once per outage and surface as <see cref="SharedStateUnavailableException"/>.</summary>
internal sealed class RedisDirectLineConversation(RedisDirectLineStore store, string id, string userId) : IDirectLineConversation
{
    // KEYS[1] hash, KEYS[2] log; ARGV: activity JSON, id placeholder, max kept, TTL ms, channel, conversation id.
    // The sequence is taken and the activity stored in one step, so readers never see a gap that fills in later.
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
        local json = ARGV[1]
        local s, e = string.find(json, ARGV[2], 1, true)
        if s then json = string.sub(json, 1, s - 1) .. string.format('%07d', seq) .. string.sub(json, e + 1) end
        redis.call('ZADD', KEYS[2], seq, json)
        redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(tonumber(ARGV[3]) + 1))
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('PEXPIRE', KEYS[2], ARGV[4])
        redis.call('PUBLISH', ARGV[5], ARGV[6])
        return seq
        """;

    // Long enough that an unguessable marker cannot occur in an activity by chance; replaced by the sequence in Redis.
    private static readonly string Placeholder = "#seq-" + Guid.NewGuid().ToString("N") + "#";

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

    public async Task<string> AppendAsync(Activity activity, CancellationToken cancellationToken)
    {
        DirectLineTranscript.RedactMemberText(activity);
        activity.Id = Id + "|" + Placeholder;
        activity.Timestamp ??= store.Time.GetUtcNow();
        var json = SchemaJson.Serialize(activity);
        var options = store.Options;
        var sequence = await Guard("directline.append", async () => (long)await store.Redis.Database.ScriptEvaluateAsync(AppendScript,
            [store.MetaKey(Id), store.LogKey(Id)],
            [json, Placeholder, options.MaxActivitiesPerConversation, store.TtlMilliseconds, store.ChangesChannel.ToString(), Id])
            .ConfigureAwait(false)).ConfigureAwait(false);
        if (sequence < 0)
        {
            throw new DirectLineConversationGoneException();
        }
        store.Wake(Id);
        activity.Id = Id + "|" + sequence.ToString(DirectLineTranscript.SequenceFormat, CultureInfo.InvariantCulture);
        return activity.Id;
    }

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

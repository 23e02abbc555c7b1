using System.Buffers;
using System.Globalization;
using FaqBot.Bot.Schema;

namespace FaqBot.Channels.DirectLine;

/// <summary>One Direct Line conversation in memory: its activities (kept as JSON, oldest dropped past a cap), numbered
/// by a sequence that is the watermark, and a signal that wakes WebSocket streams when something is added.</summary>
public sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly Queue<StoredActivity> _activities = new();
    private readonly int _maxActivities;
    private readonly CancellationTokenSource _ended = new();
    private TaskCompletionSource _changed = NewSignal();
    private long _lastSequence;
    private long _lastActiveTicks;

    /// <summary>Creates an empty conversation.</summary>
    public DirectLineConversation(string id, string userId, int maxActivities, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        _maxActivities = maxActivities;
        _lastActiveTicks = now.UtcTicks;
    }

    /// <summary>The conversation's id.</summary>
    public string Id { get; }

    /// <summary>The member's id, from the token.</summary>
    public string UserId { get; }

    /// <summary>When anything last happened here (UTC ticks).</summary>
    public long LastActiveTicks => Interlocked.Read(ref _lastActiveTicks);

    /// <summary>Cancelled when the conversation is dropped, so open streams close.</summary>
    public CancellationToken Ended => _ended.Token;

    /// <summary>The watermark of the newest activity ("0" when there is none).</summary>
    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _lastSequence;
            }
        }
    }

    /// <summary>Marks the conversation as used now (a read, a reconnect).</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActiveTicks, now.UtcTicks);

    /// <summary>Stores an activity: gives it the server id <c>{conversationId}|{sequence}</c> and a timestamp,
    /// then wakes the streams. Returns the id.</summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        TaskCompletionSource wake;
        string id;
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            id = Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            activity.Id = id;
            activity.Timestamp ??= now;
            _activities.Enqueue(new StoredActivity(sequence, SchemaJson.Serialize(activity)));
            while (_activities.Count > _maxActivities)
            {
                _activities.Dequeue();
            }
            wake = _changed;
            _changed = NewSignal();
        }
        Touch(now);
        wake.TrySetResult();
        return id;
    }

    /// <summary>Activities after <paramref name="watermark"/>, at most <paramref name="max"/>, and the watermark to send
    /// next time (the last one returned, or <paramref name="watermark"/> when nothing is new).</summary>
    public (List<byte[]> Activities, long Watermark) ReadAfter(long watermark, int max)
    {
        var result = new List<byte[]>();
        lock (_gate)
        {
            var last = watermark > _lastSequence ? _lastSequence : watermark;
            foreach (var stored in _activities)
            {
                if (stored.Sequence <= watermark)
                {
                    continue;
                }
                if (result.Count == max)
                {
                    break;
                }
                result.Add(stored.Json);
                last = stored.Sequence;
            }
            return (result, last);
        }
    }

    /// <summary>A task that completes at the next <see cref="Append"/>.</summary>
    public Task NextChange()
    {
        lock (_gate)
        {
            return _changed.Task;
        }
    }

    /// <summary>Ends the conversation: open streams close.</summary>
    public void End() => _ended.Cancel();

    /// <summary>Writes Direct Line's ActivitySet, <c>{"activities":[…],"watermark":"n"}</c>, from stored JSON.</summary>
    public static void WriteActivitySet(IBufferWriter<byte> writer, List<byte[]> activities, long watermark)
    {
        Write(writer, "{\"activities\":["u8);
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0)
            {
                Write(writer, ","u8);
            }
            Write(writer, activities[i]);
        }
        Write(writer, "],\"watermark\":\""u8);
        var span = writer.GetSpan(20);
        watermark.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        writer.Advance(written);
        Write(writer, "\"}"u8);
    }

    private static void Write(IBufferWriter<byte> writer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(writer.GetSpan(bytes.Length));
        writer.Advance(bytes.Length);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly record struct StoredActivity(long Sequence, byte[] Json);
}

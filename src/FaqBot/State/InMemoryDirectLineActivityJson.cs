using System.Buffers;
using System.Text;
using System.Text.Json;
using FaqBot.Bot.Schema;

namespace FaqBot.State;

/// <summary>An activity's JSON as an in-memory Direct Line conversation holds it: the conversation's id, the member's id
/// and the timestamp cut out and written back in when it is read, so conversations whose activity is otherwise the same
/// byte for byte (every new conversation's welcome) share one copy.</summary>
/// <remarks>Cutting is lossless whatever the activity holds: a part is cut only where the exact bytes of that
/// conversation's id, its member's id or its timestamp stand, and exactly those bytes are written back. An activity
/// that differs from every other (an answer, the member's own text) simply is not shared.</remarks>
internal sealed class InMemoryDirectLineActivityJson
{
    /// <summary>What is written back at a cut.</summary>
    private enum Part
    {
        ConversationId,
        UserId,
        Timestamp,
    }

    // Ids shorter than this are not cut: a short member id ("a") would cut the JSON at every letter.
    private const int ShortestCutId = 8;

    // Any subset of the places found is as lossless as all of them; an activity naming its ids more often keeps the rest.
    private const int MostCuts = 16;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_timestampBuffer;
    [ThreadStatic] private static Utf8JsonWriter? t_timestampWriter;

    private readonly byte[] _literal;
    // Each cut: its place in _literal shifted left by 2, what goes there in the low 2 bits.
    private readonly int[] _cuts;
    private readonly int _hash;

    private InMemoryDirectLineActivityJson(byte[] literal, int[] cuts, int hash)
    {
        _literal = literal;
        _cuts = cuts;
        _hash = hash;
    }

    /// <summary>A hash of the JSON and its cuts, for <see cref="InMemoryDirectLineActivityJsonCache"/>.</summary>
    public int Hash => _hash;

    /// <summary>Serializes <paramref name="activity"/> with the parts of its conversation cut out (its ids wherever
    /// they stand, its <paramref name="timestamp"/> when that stands once only) and returns the copy
    /// <paramref name="shared"/> holds when one reads the same, else a new one, which the cache then keeps.</summary>
    public static InMemoryDirectLineActivityJson Cut(Activity activity, DateTimeOffset timestamp, string conversationId, string userId,
        InMemoryDirectLineActivityJsonCache? shared = null)
    {
        var json = SchemaJson.Serialize(activity);
        Span<(int At, int Length, Part Part)> found = stackalloc (int, int, Part)[MostCuts];
        var count = 0;
        var timestampJson = TimestampJson(timestamp);
        var stands = json.AsSpan().IndexOf(timestampJson);
        if (stands >= 0 && json.AsSpan(stands + timestampJson.Length).IndexOf(timestampJson) < 0)
        {
            found[count++] = (stands, timestampJson.Length, Part.Timestamp);
        }
        var longest = Encoding.UTF8.GetMaxByteCount(Math.Max(conversationId.Length, userId.Length));
        Span<byte> id = longest <= 512 ? stackalloc byte[512] : new byte[longest];
        count = FindAll(json, id[..Encoding.UTF8.GetBytes(conversationId, id)], Part.ConversationId, found, count);
        count = FindAll(json, id[..Encoding.UTF8.GetBytes(userId, id)], Part.UserId, found, count);
        var cuts = found[..count];
        cuts.Sort(static (a, b) => a.At.CompareTo(b.At));

        // Overlapping finds (a member id inside the conversation id) keep the first.
        var kept = 0;
        var end = 0;
        var literalLength = json.Length;
        foreach (var cut in cuts)
        {
            if (cut.At >= end)
            {
                cuts[kept++] = cut;
                end = cut.At + cut.Length;
                literalLength -= cut.Length;
            }
        }
        cuts = cuts[..kept];

        var hash = HashOf(json, cuts);
        if (shared?.Find(hash) is { } held && held.Matches(json, cuts))
        {
            return held;
        }
        var made = Build(json, cuts, literalLength, hash);
        shared?.Keep(made);
        return made;
    }

    /// <summary>The activity's JSON for this conversation, byte for byte as it was serialized when stored.</summary>
    public byte[] Render(string conversationId, string userId, DateTimeOffset timestamp)
    {
        var timestampJson = TimestampJson(timestamp);
        var conversationLength = Encoding.UTF8.GetByteCount(conversationId);
        var userLength = Encoding.UTF8.GetByteCount(userId);
        var length = _literal.Length;
        foreach (var cut in _cuts)
        {
            length += (Part)(cut & 3) switch
            {
                Part.ConversationId => conversationLength,
                Part.UserId => userLength,
                _ => timestampJson.Length,
            };
        }
        var result = new byte[length];
        var to = result.AsSpan();
        var from = 0;
        foreach (var cut in _cuts)
        {
            var at = cut >> 2;
            _literal.AsSpan(from, at - from).CopyTo(to);
            to = to[(at - from)..];
            from = at;
            var written = (Part)(cut & 3) switch
            {
                Part.ConversationId => Encoding.UTF8.GetBytes(conversationId, to),
                Part.UserId => Encoding.UTF8.GetBytes(userId, to),
                _ => Copy(timestampJson, to),
            };
            to = to[written..];
        }
        _literal.AsSpan(from).CopyTo(to);
        return result;
    }

    // True when this copy, rendered for the conversation json was cut from, gives json back: the same bytes between the
    // same kinds of cuts.
    private bool Matches(ReadOnlySpan<byte> json, ReadOnlySpan<(int At, int Length, Part Part)> cuts)
    {
        if (cuts.Length != _cuts.Length)
        {
            return false;
        }
        var from = 0;
        var jsonFrom = 0;
        for (var i = 0; i < cuts.Length; i++)
        {
            var at = _cuts[i] >> 2;
            if ((Part)(_cuts[i] & 3) != cuts[i].Part ||
                !_literal.AsSpan(from, at - from).SequenceEqual(json[jsonFrom..cuts[i].At]))
            {
                return false;
            }
            from = at;
            jsonFrom = cuts[i].At + cuts[i].Length;
        }
        return _literal.AsSpan(from).SequenceEqual(json[jsonFrom..]);
    }

    private static InMemoryDirectLineActivityJson Build(byte[] json, ReadOnlySpan<(int At, int Length, Part Part)> cuts,
        int literalLength, int hash)
    {
        if (cuts.IsEmpty)
        {
            return new InMemoryDirectLineActivityJson(json, [], hash);
        }
        var literal = new byte[literalLength];
        var packed = new int[cuts.Length];
        var written = 0;
        var copied = 0;
        for (var i = 0; i < cuts.Length; i++)
        {
            json.AsSpan(copied, cuts[i].At - copied).CopyTo(literal.AsSpan(written));
            written += cuts[i].At - copied;
            packed[i] = written << 2 | (int)cuts[i].Part;
            copied = cuts[i].At + cuts[i].Length;
        }
        json.AsSpan(copied).CopyTo(literal.AsSpan(written));
        return new InMemoryDirectLineActivityJson(literal, packed, hash);
    }

    // Over the bytes between cuts and the kinds of cuts, so that it is the same for every conversation's copy.
    private static int HashOf(ReadOnlySpan<byte> json, ReadOnlySpan<(int At, int Length, Part Part)> cuts)
    {
        var hash = new HashCode();
        var from = 0;
        foreach (var cut in cuts)
        {
            hash.AddBytes(json[from..cut.At]);
            hash.Add((int)cut.Part);
            from = cut.At + cut.Length;
        }
        hash.AddBytes(json[from..]);
        return hash.ToHashCode();
    }

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }

    // The timestamp as System.Text.Json writes it (quoted, fraction trimmed), from a writer kept per thread.
    private static ReadOnlySpan<byte> TimestampJson(DateTimeOffset timestamp)
    {
        var buffer = t_timestampBuffer ??= new ArrayBufferWriter<byte>(48);
        buffer.ResetWrittenCount();
        var writer = t_timestampWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStringValue(timestamp);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    private static int FindAll(ReadOnlySpan<byte> json, ReadOnlySpan<byte> needle, Part part, Span<(int, int, Part)> found, int count)
    {
        if (needle.Length < ShortestCutId)
        {
            return count;
        }
        var offset = 0;
        for (var at = json.IndexOf(needle); at >= 0 && count < found.Length; at = json[offset..].IndexOf(needle))
        {
            found[count++] = (offset + at, needle.Length, part);
            offset += at + needle.Length;
        }
        return count;
    }
}

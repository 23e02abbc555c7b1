using System.Buffers;
using System.Runtime.InteropServices;
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
    private enum Part : byte
    {
        ConversationId,
        UserId,
        Timestamp,
    }

    // Ids shorter than this are not cut: a short member id ("a") would cut the JSON at every letter.
    private const int ShortestCutId = 8;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_timestampBuffer;
    [ThreadStatic] private static Utf8JsonWriter? t_timestampWriter;

    private readonly byte[] _literal;
    private readonly int[] _cutAt;
    private readonly Part[] _parts;
    private readonly int _hash;

    private InMemoryDirectLineActivityJson(byte[] literal, int[] cutAt, Part[] parts)
    {
        _literal = literal;
        _cutAt = cutAt;
        _parts = parts;
        var hash = new HashCode();
        hash.AddBytes(literal);
        hash.AddBytes(MemoryMarshal.AsBytes(cutAt.AsSpan()));
        hash.AddBytes(MemoryMarshal.AsBytes(parts.AsSpan()));
        _hash = hash.ToHashCode();
    }

    /// <summary>Serializes <paramref name="activity"/> with the parts of its conversation cut out: its ids wherever
    /// they stand, and its <paramref name="timestamp"/> when that stands once only (else it is kept in the JSON).</summary>
    public static InMemoryDirectLineActivityJson Cut(Activity activity, DateTimeOffset timestamp, string conversationId, string userId)
    {
        var json = SchemaJson.Serialize(activity);
        var cuts = new List<(int At, int Length, Part Part)>(8);
        var timestampJson = TimestampJson(timestamp);
        var stands = json.AsSpan().IndexOf(timestampJson);
        if (stands >= 0 && json.AsSpan(stands + timestampJson.Length).IndexOf(timestampJson) < 0)
        {
            cuts.Add((stands, timestampJson.Length, Part.Timestamp));
        }
        var longest = Encoding.UTF8.GetMaxByteCount(Math.Max(conversationId.Length, userId.Length));
        Span<byte> id = longest <= 512 ? stackalloc byte[512] : new byte[longest];
        FindAll(json, id[..Encoding.UTF8.GetBytes(conversationId, id)], Part.ConversationId, cuts);
        FindAll(json, id[..Encoding.UTF8.GetBytes(userId, id)], Part.UserId, cuts);
        cuts.Sort(static (a, b) => a.At.CompareTo(b.At));

        // Overlapping finds (a member id inside the conversation id) keep the first: any set of cuts that do not
        // overlap writes back the same bytes.
        var literal = new ArrayBufferWriter<byte>(json.Length);
        var cutAt = new List<int>(cuts.Count);
        var parts = new List<Part>(cuts.Count);
        var copied = 0;
        foreach (var (at, length, part) in cuts)
        {
            if (at < copied)
            {
                continue;
            }
            literal.Write(json.AsSpan(copied, at - copied));
            cutAt.Add(literal.WrittenCount);
            parts.Add(part);
            copied = at + length;
        }
        literal.Write(json.AsSpan(copied));
        return new InMemoryDirectLineActivityJson(literal.WrittenSpan.ToArray(), [.. cutAt], [.. parts]);
    }

    /// <summary>A hash of the JSON and its cuts, for <see cref="InMemoryDirectLineActivityJsonCache"/>.</summary>
    public override int GetHashCode() => _hash;

    /// <summary>True when <paramref name="other"/> renders the same for every conversation.</summary>
    public bool SameAs(InMemoryDirectLineActivityJson other) =>
        _hash == other._hash && _literal.AsSpan().SequenceEqual(other._literal) && _cutAt.AsSpan().SequenceEqual(other._cutAt) &&
        _parts.AsSpan().SequenceEqual(other._parts);

    /// <summary>The activity's JSON for this conversation, byte for byte as it was serialized when stored.</summary>
    public byte[] Render(string conversationId, string userId, DateTimeOffset timestamp)
    {
        var timestampJson = TimestampJson(timestamp);
        var conversationLength = Encoding.UTF8.GetByteCount(conversationId);
        var userLength = Encoding.UTF8.GetByteCount(userId);
        var length = _literal.Length;
        foreach (var part in _parts)
        {
            length += part switch
            {
                Part.ConversationId => conversationLength,
                Part.UserId => userLength,
                _ => timestampJson.Length,
            };
        }
        var result = new byte[length];
        var to = result.AsSpan();
        var from = 0;
        for (var i = 0; i < _cutAt.Length; i++)
        {
            _literal.AsSpan(from, _cutAt[i] - from).CopyTo(to);
            to = to[(_cutAt[i] - from)..];
            from = _cutAt[i];
            var written = _parts[i] switch
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

    private static void FindAll(ReadOnlySpan<byte> json, ReadOnlySpan<byte> needle, Part part, List<(int, int, Part)> cuts)
    {
        if (needle.Length < ShortestCutId)
        {
            return;
        }
        var offset = 0;
        for (var at = json.IndexOf(needle); at >= 0; at = json[offset..].IndexOf(needle))
        {
            cuts.Add((offset + at, needle.Length, part));
            offset += at + needle.Length;
        }
    }
}

using System.Buffers;
using System.Globalization;

namespace FaqBot.Channels.DirectLine;

/// <summary>Writes Direct Line's ActivitySet, <c>{"activities":[…],"watermark":"n"}</c>, from stored activity JSON
/// without parsing it again.</summary>
internal static class DirectLineActivitySet
{
    public static void Write(IBufferWriter<byte> writer, List<byte[]> activities, long watermark)
    {
        Append(writer, "{\"activities\":["u8);
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0)
            {
                Append(writer, ","u8);
            }
            Append(writer, activities[i]);
        }
        Append(writer, "],\"watermark\":\""u8);
        var span = writer.GetSpan(20);
        watermark.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        writer.Advance(written);
        Append(writer, "\"}"u8);
    }

    private static void Append(IBufferWriter<byte> writer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(writer.GetSpan(bytes.Length));
        writer.Advance(bytes.Length);
    }
}

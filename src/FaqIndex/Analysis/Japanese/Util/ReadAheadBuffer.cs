namespace FaqIndex.Analysis.Japanese.Util;

/// <summary>A fixed block of chars read ahead from a CharFilter's input, so a filter can look at the next few chars
/// (a voiced mark, a run of iteration marks) while documents of any size stream through constant memory.</summary>
internal sealed class ReadAheadBuffer(int size)
{
    /// <summary>The buffered chars; the unread ones are <c>Chars[Start..End]</c>.</summary>
    public readonly char[] Chars = new char[size];

    /// <summary>Index of the first unread char.</summary>
    public int Start;

    /// <summary>Index after the last buffered char.</summary>
    public int End;

    /// <summary>True once the input has reported its end.</summary>
    public bool Done;

    /// <summary>Ensures at least <paramref name="wanted"/> unread chars are buffered unless the input has ended;
    /// returns false when fewer are available.</summary>
    public bool Fill(TextReader input, int wanted)
    {
        if (End - Start >= wanted)
        {
            return true;
        }
        if (Start > 0)
        {
            // Slide the unread tail to the front so the rest of the block can be refilled.
            Array.Copy(Chars, Start, Chars, 0, End - Start);
            End -= Start;
            Start = 0;
        }
        while (!Done && End < wanted)
        {
            int read = input.Read(Chars, End, Chars.Length - End);
            if (read <= 0)
            {
                Done = true;
            }
            else
            {
                End += read;
            }
        }
        return End - Start >= wanted;
    }
}

namespace FaqIndex.Analysis.Japanese.Util;

/// <summary>A block of chars read ahead from a CharFilter's input, so a filter can look at the next few chars
/// (a voiced mark, a run of iteration marks) while documents of any size stream through constant memory.</summary>
/// <remarks>The block starts small and doubles up to <c>size</c> only while the input keeps filling it: a CharFilter is
/// created for every analysed text, and a member's question is a few dozen chars.</remarks>
internal sealed class ReadAheadBuffer(int size)
{
    private const int FirstBlock = 64;

    /// <summary>The buffered chars; the unread ones are <c>Chars[Start..End]</c>. Replaced by a larger array as the
    /// block grows, so read it through this field, not a copy.</summary>
    public char[] Chars = new char[Math.Min(size, FirstBlock)];

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
                if (End == Chars.Length && Chars.Length < size)
                {
                    // The input is longer than the block: read it in larger blocks from now on.
                    Array.Resize(ref Chars, Math.Min(size, Chars.Length * 2));
                }
            }
        }
        return End - Start >= wanted;
    }
}

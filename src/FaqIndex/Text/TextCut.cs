namespace FaqIndex.Text;

/// <summary>The one way FaqBot shortens text: by UTF-16 length, never leaving half of a surrogate pair behind, so a
/// cut question, title or log line is still valid Unicode (𠮷 and emoji are two code units).</summary>
public static class TextCut
{
    /// <summary>The longest prefix of <paramref name="text"/> of at most <paramref name="maxLength"/> code units that
    /// does not end inside a surrogate pair; the text itself when it already fits.</summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        return text.Length <= maxLength ? text : text[..CutLength(text, maxLength)];
    }

    /// <summary>Like <see cref="Cut"/>, but a cut text ends with "…" and the result, mark included, stays within
    /// <paramref name="maxLength"/> (a button title, a preview).</summary>
    public static string CutWithEllipsis(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, CutLength(text, maxLength - 1)), "…");
    }

    // Where a cut at maxLength lands: one earlier when it would split a pair.
    private static int CutLength(string text, int maxLength) =>
        maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) && char.IsLowSurrogate(text[maxLength]) ? maxLength - 1 : maxLength;
}

using FaqIndex.Content.FrontMatter;

namespace FaqIndex.Content;

/// <summary>One entry file as read from disk, before it becomes an <see cref="FaqEntry"/>: what the rules check.</summary>
/// <param name="RelativePath">Path relative to the content root, forward slashes (e.g. faq/card-lost.md).</param>
/// <param name="FrontMatter">The parsed front matter.</param>
/// <param name="Body">The answer Markdown.</param>
/// <param name="BodyLine">The file line where the answer starts.</param>
public sealed record FaqSourceFile(string RelativePath, FrontMatterData FrontMatter, string Body, int BodyLine)
{
    /// <summary>The file name without extension.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(RelativePath);

    /// <summary>The id the file name gives: <c>card-lost</c> for both <c>card-lost.md</c> and a scheduled version
    /// <c>card-lost.2027-04.md</c>.</summary>
    public string IdFromFileName => Stem.IndexOf('.') is var dot and > 0 ? Stem[..dot] : Stem;

    /// <summary>The days this version is served, from its valid_from and valid_until (an unreadable date counts as
    /// open; the date rule reports it).</summary>
    public ValidityWindow Window => new(
        Validation.FieldValues.TryParseDate(FrontMatter.GetText(Validation.FaqFields.ValidFrom), out var from) ? from : null,
        Validation.FieldValues.TryParseDate(FrontMatter.GetText(Validation.FaqFields.ValidUntil), out var until) ? until : null);

    /// <summary>The line of a front matter field, or the front matter's first line when the field is missing.</summary>
    public int LineOf(string key) => FrontMatter.Get(key)?.Line ?? FrontMatter.Line;

    /// <summary>The file line of a character offset in <see cref="Body"/>.</summary>
    public int LineOfBodyOffset(int offset)
    {
        int line = BodyLine;
        var span = Body.AsSpan(0, Math.Min(offset, Body.Length));
        foreach (var c in span)
        {
            if (c == '\n')
            {
                line++;
            }
        }
        return line;
    }
}

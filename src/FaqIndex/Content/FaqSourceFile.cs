using FaqIndex.Content.FrontMatter;

namespace FaqIndex.Content;

/// <summary>One entry file as read from disk, before it becomes an <see cref="FaqEntry"/>: what the rules check.</summary>
/// <param name="RelativePath">Path relative to the content root, forward slashes (e.g. faq/card-lost.md).</param>
/// <param name="FrontMatter">The parsed front matter.</param>
/// <param name="Body">The answer Markdown.</param>
/// <param name="BodyLine">The file line where the answer starts.</param>
public sealed record FaqSourceFile(string RelativePath, FrontMatterData FrontMatter, string Body, int BodyLine)
{
    /// <summary>The file name without extension, which the id must equal.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(RelativePath);

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

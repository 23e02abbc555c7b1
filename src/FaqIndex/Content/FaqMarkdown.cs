using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace FaqIndex.Content;

/// <summary>The one Markdown pipeline of FaqBot (front matter on), built once and frozen, and what it is used for:
/// splitting an entry file into front matter and answer, and turning an answer into plain text.</summary>
public static class FaqMarkdown
{
    /// <summary>The shared, immutable pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Splits a file's text at its front matter; null when the file does not start with a closed
    /// <c>---</c> block.</summary>
    public static FaqMarkdownParts? Split(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock block)
        {
            return null;
        }
        var yaml = block.Lines.ToString();
        // The block spans both fences; the answer starts on the line after the closing one.
        int end = Math.Min(block.Span.End + 1, text.Length);
        if (end < text.Length && text[end] == '\r')
        {
            end++;
        }
        if (end < text.Length && text[end] == '\n')
        {
            end++;
        }
        int bodyLine = CountLines(text.AsSpan(0, end)) + 1;
        return new FaqMarkdownParts(yaml, block.Line + 1, block.Line + 2, text[end..], bodyLine);
    }

    /// <summary>The answer as plain text (links, emphasis and lists reduced to their words), for indexing.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static int CountLines(ReadOnlySpan<char> span)
    {
        int lines = 0;
        foreach (var c in span)
        {
            if (c == '\n')
            {
                lines++;
            }
        }
        // The span ends just after the closing fence's text; count that line too.
        return span.Length > 0 && span[^1] != '\n' ? lines + 1 : lines;
    }
}

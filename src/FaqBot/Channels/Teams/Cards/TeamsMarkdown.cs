using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FaqBot.Channels.Teams.Cards;

/// <summary>Turns an answer's Markdown into Adaptive Card elements that Teams renders on desktop and mobile: bold,
/// italics, lists and links stay Markdown inside text blocks; headers become bold lines, tables become label/value
/// facts or one block per row, quotes a shaded container, raw HTML its text. Teams shows neither headers nor tables.</summary>
public static class TeamsMarkdown
{
    // Tables must be recognised to be flattened; the content pipeline (FaqMarkdown) does not parse them.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The card elements for <paramref name="markdown"/>, in reading order.</summary>
    public static JsonArray ToElements(string markdown)
    {
        var elements = new JsonArray();
        AddBlocks(Markdown.Parse(markdown, Pipeline), elements);
        return elements;
    }

    private static void AddBlocks(ContainerBlock blocks, JsonArray elements)
    {
        var separator = false;
        foreach (var block in blocks)
        {
            var count = elements.Count;
            switch (block)
            {
                case HeadingBlock heading:
                    AddIfText(elements, Inline(heading.Inline), text => CardElements.Strong(text));
                    break;
                case ParagraphBlock paragraph:
                    AddIfText(elements, Inline(paragraph.Inline), text => CardElements.Text(text));
                    break;
                case ListBlock list:
                    var lines = new StringBuilder();
                    AddList(list, lines);
                    AddIfText(elements, lines.ToString(), text => CardElements.Text(text));
                    break;
                case Table table:
                    AddTable(table, elements);
                    break;
                case QuoteBlock quote:
                    var inner = new JsonArray();
                    AddBlocks(quote, inner);
                    if (inner.Count > 0)
                    {
                        elements.Add(CardElements.Container(inner, "emphasis"));
                    }
                    break;
                case CodeBlock code:
                    AddIfText(elements, code.Lines.ToString().TrimEnd(), CardElements.Monospace);
                    break;
                case HtmlBlock html:
                    AddIfText(elements, StripTags(html.Lines.ToString()), text => CardElements.Text(text));
                    break;
                case ThematicBreakBlock:
                    separator = true;
                    continue;
                case ContainerBlock other:
                    AddBlocks(other, elements);
                    break;
            }
            if (separator && elements.Count > count && elements[count] is JsonObject first)
            {
                first["separator"] = true;
                separator = false;
            }
        }
    }

    private static void AddIfText(JsonArray elements, string text, Func<string, JsonObject> make)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            elements.Add(make(text.Trim()));
        }
    }

    // Teams' text blocks render one level of "- " or "1. " items: deeper items follow their parent as items of their own.
    private static void AddList(ListBlock list, StringBuilder lines)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list)
        {
            if (item is not ListItemBlock listItem)
            {
                continue;
            }
            var text = new StringBuilder();
            var nested = new List<ListBlock>();
            foreach (var child in listItem)
            {
                switch (child)
                {
                    case ParagraphBlock paragraph:
                        AppendWithSpace(text, Inline(paragraph.Inline));
                        break;
                    case ListBlock sub:
                        nested.Add(sub);
                        break;
                    case LeafBlock leaf:
                        AppendWithSpace(text, leaf.Lines.ToString());
                        break;
                }
            }
            if (lines.Length > 0)
            {
                lines.Append('\n');
            }
            lines.Append(list.IsOrdered ? $"{number}. " : "- ").Append(text.ToString().Trim());
            number++;
            foreach (var sub in nested)
            {
                AddList(sub, lines);
            }
        }
    }

    private static void AddTable(Table table, JsonArray elements)
    {
        var rows = new List<List<string>>();
        var header = new List<string>();
        foreach (var rowBlock in table)
        {
            if (rowBlock is not TableRow row)
            {
                continue;
            }
            var cells = new List<string>();
            foreach (var cellBlock in row)
            {
                var cellText = new StringBuilder();
                if (cellBlock is TableCell cell)
                {
                    foreach (var child in cell)
                    {
                        if (child is ParagraphBlock paragraph)
                        {
                            AppendWithSpace(cellText, Inline(paragraph.Inline));
                        }
                    }
                }
                cells.Add(cellText.ToString().Trim());
            }
            if (row.IsHeader && header.Count == 0)
            {
                header = cells;
            }
            else
            {
                rows.Add(cells);
            }
        }
        var columns = Math.Max(header.Count, rows.Count > 0 ? rows.Max(r => r.Count) : 0);
        if (columns == 2)
        {
            var facts = new List<(string, string)>();
            foreach (var row in rows)
            {
                facts.Add((row.ElementAtOrDefault(0) ?? string.Empty, row.ElementAtOrDefault(1) ?? string.Empty));
            }
            if (header.Count == 2 && header.Exists(h => h.Length > 0))
            {
                elements.Add(CardElements.Strong($"{header[0]} / {header[1]}"));
            }
            elements.Add(CardElements.Facts(facts));
            return;
        }
        // Wider tables: one block per row, each cell labelled with its column's header.
        foreach (var row in rows)
        {
            var text = new StringBuilder();
            for (var i = 0; i < row.Count; i++)
            {
                if (row[i].Length == 0)
                {
                    continue;
                }
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }
                var label = i < header.Count && header[i].Length > 0 ? header[i] + "：" : string.Empty;
                text.Append(i == 0 ? $"**{row[i]}**" : label + row[i]);
            }
            AddIfText(elements, text.ToString(), t => CardElements.Text(t));
        }
    }

    private static void AppendWithSpace(StringBuilder text, string part)
    {
        if (part.Length == 0)
        {
            return;
        }
        if (text.Length > 0)
        {
            text.Append(' ');
        }
        text.Append(part);
    }

    private static string Inline(ContainerInline? inline)
    {
        var text = new StringBuilder();
        if (inline is not null)
        {
            AppendInlines(inline, text);
        }
        return text.ToString();
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case EmphasisInline emphasis:
                    var mark = emphasis.DelimiterCount >= 2 ? "**" : "_";
                    text.Append(mark);
                    AppendInlines(emphasis, text);
                    text.Append(mark);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LinkInline { IsImage: true } image:
                    AppendInlines(image, text);
                    break;
                case LinkInline link:
                    AppendLink(link, text);
                    break;
                case AutolinkInline auto:
                    text.Append(IsSafeUrl(auto.Url) ? $"[{auto.Url}]({LinkTarget(auto.Url)})" : auto.Url);
                    break;
                case LineBreakInline { IsHard: true }:
                    text.Append("\n\n");
                    break;
                case LineBreakInline:
                    // A soft break inside Japanese text joins without a space.
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case HtmlInline:
                    break;
                case ContainerInline other:
                    AppendInlines(other, text);
                    break;
            }
        }
    }

    private static void AppendLink(LinkInline link, StringBuilder text)
    {
        var label = new StringBuilder();
        AppendInlines(link, label);
        var url = link.Url ?? string.Empty;
        if (!IsSafeUrl(url))
        {
            text.Append(label);
            return;
        }
        text.Append('[').Append(label.Length > 0 ? label.ToString() : url).Append("](").Append(LinkTarget(url)).Append(')');
    }

    // A bracket or space in the address would end the Markdown link early.
    private static string LinkTarget(string url) => url.Replace(" ", "%20", StringComparison.Ordinal)
        .Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);

    // Only links a member can safely follow: no javascript:, data: or relative paths that mean nothing in Teams.
    private static bool IsSafeUrl(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);

    private static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }
        return System.Net.WebUtility.HtmlDecode(text.ToString());
    }
}

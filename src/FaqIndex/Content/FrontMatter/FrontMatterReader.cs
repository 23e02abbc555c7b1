using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FaqIndex.Content.FrontMatter;

/// <summary>Reads an entry's YAML front matter from the parser's event stream, accepting only what an entry needs:
/// one mapping of keys to texts or flat lists of texts.</summary>
/// <remarks>Reading events instead of building a YAML object model keeps hostile input harmless: aliases (the
/// "billion laughs" bomb) are refused before anything is expanded, and nesting is refused at depth two, so a deeply
/// nested document cannot exhaust the stack.</remarks>
public static class FrontMatterReader
{
    /// <summary>Parses <paramref name="yaml"/> whose first line is file line <paramref name="firstLine"/>.</summary>
    /// <param name="yaml">The text between the <c>---</c> fences.</param>
    /// <param name="firstLine">The file line of the first YAML line (the line after the opening fence).</param>
    /// <param name="fenceLine">The file line of the opening fence, reported for an empty front matter.</param>
    /// <param name="error">A message and file line when the YAML is not an entry's front matter.</param>
    public static FrontMatterData? Read(string yaml, int firstLine, int fenceLine, out (string Message, int Line)? error)
    {
        error = null;
        int offset = firstLine - 1;
        int LineOf(Mark mark) => (int)mark.Line + offset;

        var fields = new List<FrontMatterField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lastKeyLine = firstLine;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                error = ("the front matter is empty", fenceLine);
                return null;
            }
            parser.Consume<DocumentStart>();
            if (parser.Accept<Scalar>(out var lone) && string.IsNullOrEmpty(lone.Value))
            {
                error = ("the front matter is empty", fenceLine);
                return null;
            }
            if (!parser.TryConsume<MappingStart>(out _))
            {
                parser.TryConsume<ParsingEvent>(out var first);
                error = ("the front matter must be a list of 'key: value' lines", first is null ? firstLine : LineOf(first.Start));
                return null;
            }
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!parser.TryConsume<Scalar>(out var key))
                {
                    parser.TryConsume<ParsingEvent>(out var bad);
                    error = ("a front matter key must be plain text", bad is null ? firstLine : LineOf(bad.Start));
                    return null;
                }
                int keyLine = LineOf(key.Start);
                lastKeyLine = keyLine;
                if (!seen.Add(key.Value))
                {
                    error = ($"the key '{key.Value}' appears twice", keyLine);
                    return null;
                }
                var field = ReadValue(parser, key.Value, keyLine, LineOf, out var valueError);
                if (field is null)
                {
                    error = valueError;
                    return null;
                }
                fields.Add(field);
            }
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                error = ("the front matter must hold one YAML document", LineOf(parser.Current!.Start));
                return null;
            }
        }
        catch (YamlException e)
        {
            error = ("invalid YAML: " + FirstLine(e.Message), LineOf(e.Start));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed flow collections, e.g. "key: [text".
            error = ("invalid YAML: a '[' or '{' is not closed", lastKeyLine);
            return null;
        }
        return new FrontMatterData(fields, fenceLine);
    }

    private static FrontMatterField? ReadValue(IParser parser, string key, int keyLine, Func<Mark, int> lineOf,
        out (string Message, int Line)? error)
    {
        error = null;
        if (parser.Accept<AnchorAlias>(out var alias))
        {
            error = ($"'{key}': YAML aliases (*name) are not allowed in front matter", lineOf(alias.Start));
            return null;
        }
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return new FrontMatterField(key, keyLine, new FrontMatterItem(ScalarText(scalar), lineOf(scalar.Start)), null);
        }
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<FrontMatterItem>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (parser.Accept<AnchorAlias>(out var itemAlias))
                {
                    error = ($"'{key}': YAML aliases (*name) are not allowed in front matter", lineOf(itemAlias.Start));
                    return null;
                }
                if (!parser.TryConsume<Scalar>(out var item))
                {
                    error = ($"'{key}' must be a list of texts, not a nested list or mapping", lineOf(parser.Current!.Start));
                    return null;
                }
                items.Add(new FrontMatterItem(ScalarText(item), lineOf(item.Start)));
            }
            return new FrontMatterField(key, keyLine, null, items);
        }
        error = ($"'{key}' must be a text or a list of texts", keyLine);
        return null;
    }

    // A plain `~` or `null` is YAML's null: treat it as a blank value, not the word "null".
    private static string ScalarText(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && (scalar.Value is "~" or "null" or "Null" or "NULL") ? "" : scalar.Value;

    private static string FirstLine(string message)
    {
        // YamlDotNet prefixes "(Line: a, Col: b, Idx: c) - (Line: …): "; the file line is reported separately.
        int cut = message.IndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
        int newline = text.IndexOf('\n');
        return (newline >= 0 ? text[..newline] : text).Trim();
    }
}

using System.Text;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Splits one CSV line (RFC 4180 quoting: "a,b" and "" for a quote) as Kuromoji's user dictionary allows.</summary>
internal static class CsvLine
{
    /// <summary>The fields, or null when a quoted field is not closed.</summary>
    public static List<string>? Split(ReadOnlySpan<char> line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        if (quoted)
        {
            return null;
        }
        fields.Add(field.ToString());
        return fields;
    }
}

using System.Text;

namespace FaqBot.Analytics.Report;

/// <summary>Member text made safe to print in a report row: one line, no control characters, no lone surrogates.</summary>
public static class ReportText
{
    /// <summary>The text on one line.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068' or '\u2069')
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}

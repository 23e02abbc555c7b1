using System.Text;
using System.Text.RegularExpressions;

namespace FaqIndex.Content.Validation;

/// <summary>Finds phone-shaped text (a leading 0 and 10–11 digits, with or without hyphens, half- or full-width).</summary>
public static partial class PhoneNumberFinder
{
    // Digits and separators starting with 0; hyphen look-alikes and brackets are what editors paste from PDFs.
    [GeneratedRegex(@"(?<![0-9０-９])[0０](?:[0-9０-９]|[-‐‑‒–—―−－ー()（）](?=[0-9０-９])){7,16}(?![0-9０-９])")]
    private static partial Regex Candidate();

    /// <summary>Every phone-shaped span in <paramref name="text"/>: its offset and the text as written.</summary>
    public static IEnumerable<(int Offset, string Text)> Find(string text)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            var digits = Digits(match.Value);
            bool separated = digits.Length != match.Value.Length;
            if (digits.Length is 10 or 11 || (separated && digits.Length is >= 9 and <= 12))
            {
                yield return (match.Index, match.Value);
            }
        }
    }

    /// <summary>The ASCII digits of <paramref name="text"/> (full-width digits folded).</summary>
    public static string Digits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= '０' and <= '９')
            {
                builder.Append((char)('0' + (c - '０')));
            }
        }
        return builder.ToString();
    }
}

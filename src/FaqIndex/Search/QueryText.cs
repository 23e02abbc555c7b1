using System.Text;

namespace FaqIndex.Search;

/// <summary>Makes any text safe and uniform for analysis: lone surrogates and control characters become spaces, the text
/// is cut to a length no real question reaches, and NFKC folds half-width katakana and full-width ASCII.</summary>
public static class QueryText
{
    /// <summary>Longest question analysed; members type a sentence or two, so the rest of a pasted wall is noise.</summary>
    public const int MaxQuestionChars = 256;

    /// <summary>The cleaned, normalised form of <paramref name="text"/>, at most <paramref name="maxChars"/> long.</summary>
    public static string Normalize(string? text, int maxChars = MaxQuestionChars)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        int length = Math.Min(text.Length, maxChars);
        var buffer = length <= 512 ? stackalloc char[length] : new char[length];
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < length && char.IsLowSurrogate(text[i + 1]))
                {
                    buffer[i] = c;
                    buffer[i + 1] = text[i + 1];
                    i++;
                    continue;
                }
                c = ' ';
            }
            else if (char.IsLowSurrogate(c) || char.IsControl(c))
            {
                c = ' ';
            }
            buffer[i] = c;
        }
        var clean = new string(buffer);
        return clean.IsNormalized(NormalizationForm.FormKC) ? clean : clean.Normalize(NormalizationForm.FormKC);
    }
}

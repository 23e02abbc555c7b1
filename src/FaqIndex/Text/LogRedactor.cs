using System.Text;

namespace FaqIndex.Text;

/// <summary>Masks digit runs (My Number, phone numbers, with or without hyphens) in text bound for logs.</summary>
public static class LogRedactor
{
    /// <summary>Returns <paramref name="text"/> with every run of 4 or more digits (hyphens and spaces inside allowed)
    /// replaced by '#'.</summary>
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        StringBuilder? result = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]))
            {
                result?.Append(text[i]);
                i++;
                continue;
            }
            var end = i;
            var digits = 0;
            var lastDigit = i;
            while (end < text.Length && (IsDigit(text[end]) || IsJoiner(text[end])))
            {
                if (IsDigit(text[end]))
                {
                    digits++;
                    lastDigit = end;
                }
                end++;
            }
            end = lastDigit + 1;
            if (digits >= 4)
            {
                result ??= new StringBuilder(text.Length).Append(text, 0, i);
                result.Append('#', end - i);
            }
            else
            {
                result?.Append(text, i, end - i);
            }
            i = end;
        }
        return result?.ToString() ?? text;
    }

    // ASCII and full-width digits both count: members type either.
    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static bool IsJoiner(char c) => c is '-' or ' ' or '－' or 'ー' or '‐' or '−' or '　';
}

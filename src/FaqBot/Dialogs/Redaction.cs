using FaqIndex.Text;

namespace FaqBot.Dialogs;

/// <summary>Makes a member's text safe for analytics: digit runs (My Number, phone numbers) masked, length capped.</summary>
public static class Redaction
{
    /// <summary>Longest question kept for analytics.</summary>
    public const int MaxLength = 200;

    /// <summary>The redacted, shortened text.</summary>
    public static string ForAnalytics(string? text)
    {
        var redacted = LogRedactor.Redact(text);
        if (redacted.Length <= MaxLength)
        {
            return redacted;
        }
        var cut = char.IsHighSurrogate(redacted[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return redacted[..cut] + "…";
    }

    // A My Number has 12 digits, a Japanese phone number 10 or 11.
    private const int PersonalNumberDigits = 10;

    /// <summary>True when the text holds a run of 10 or more digits: likely a My Number or a phone number.</summary>
    public static bool LooksLikePersonalNumber(string? text) =>
        !string.IsNullOrEmpty(text) && NextPersonalNumber(text, 0, out _, out _);

    /// <summary>The text with every such run replaced by a space, so it never reaches the search (nor its logs) and
    /// does not disturb matching.</summary>
    public static string RemovePersonalNumbers(string text)
    {
        if (!NextPersonalNumber(text, 0, out var start, out var end))
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var from = 0;
        do
        {
            builder.Append(text, from, start - from).Append(' ');
            from = end;
        }
        while (NextPersonalNumber(text, from, out start, out end));
        return builder.Append(text, from, text.Length - from).ToString();
    }

    // Finds the next run of digits (joined by hyphens or spaces) holding at least PersonalNumberDigits digits.
    private static bool NextPersonalNumber(string text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]))
            {
                i++;
                continue;
            }
            start = i;
            var digits = 0;
            var lastDigit = i;
            while (i < text.Length && (IsDigit(text[i]) || IsJoiner(text[i])))
            {
                if (IsDigit(text[i]))
                {
                    digits++;
                    lastDigit = i;
                }
                i++;
            }
            if (digits >= PersonalNumberDigits)
            {
                end = lastDigit + 1;
                return true;
            }
        }
        start = end = -1;
        return false;
    }

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static bool IsJoiner(char c) => c is '-' or ' ' or '－' or '‐' or '−' or '　' or 'ー';
}

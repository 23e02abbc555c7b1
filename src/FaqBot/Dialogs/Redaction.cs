using FaqBot.Protocol;

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

    /// <summary>True when the text holds a run of 10 or more digits: likely a My Number or a phone number.</summary>
    public static bool LooksLikePersonalNumber(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var run = 0;
        foreach (var c in text)
        {
            if (c is (>= '0' and <= '9') or (>= '０' and <= '９'))
            {
                if (++run >= 10)
                {
                    return true;
                }
            }
            else if (c is not ('-' or ' ' or '－' or '‐' or '−' or '　'))
            {
                run = 0;
            }
        }
        return false;
    }
}

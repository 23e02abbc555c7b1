using System.Globalization;

namespace FaqIndex.Content.Validation;

/// <summary>How the typed front matter values (dates, audience, ids) are read; shared by rules and the entry factory.</summary>
public static class FieldValues
{
    /// <summary>Reads an ISO date (yyyy-MM-dd).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Reads member, hr or both.</summary>
    public static bool TryParseAudience(string? text, out Audience audience)
    {
        audience = text?.Trim() switch
        {
            "member" => Audience.Member,
            "hr" => Audience.Hr,
            "both" => Audience.Both,
            _ => Audience.None,
        };
        return audience != Audience.None;
    }

    /// <summary>True for a lower-case slug: [a-z0-9]+(-[a-z0-9]+)*.</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}

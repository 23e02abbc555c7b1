using System.Text;
using System.Text.Json;

namespace FaqBot.Channels.Teams;

/// <summary>Takes the bot's own @mention out of what a member typed, from the message's <c>mention</c> entities:
/// Teams puts <c>&lt;at&gt;name&lt;/at&gt;</c> in the text, sometimes with <c>\r\n</c> or <c>&amp;nbsp;</c> around
/// it, sometimes with a null <c>text</c> on the entity. Other people's mentions keep their names, without the tags.</summary>
public static class TeamsMentions
{
    private const string OpenTag = "<at>";
    private const string CloseTag = "</at>";

    /// <summary>The question with the bot's mention removed and the spacing around it tidied.</summary>
    public static string StripBotMention(string? text, IReadOnlyList<JsonElement>? entities, string? botId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var result = text;
        if (entities is not null)
        {
            foreach (var entity in entities)
            {
                if (!IsMentionOf(entity, botId, out var mentionText, out var name))
                {
                    continue;
                }
                if (!string.IsNullOrEmpty(mentionText))
                {
                    result = result.Replace(mentionText, " ", StringComparison.Ordinal);
                }
                if (!string.IsNullOrEmpty(name))
                {
                    result = result.Replace(OpenTag + name + CloseTag, " ", StringComparison.OrdinalIgnoreCase);
                }
            }
        }
        return Tidy(RemoveTags(result));
    }

    private static bool IsMentionOf(JsonElement entity, string? botId, out string? text, out string? name)
    {
        text = null;
        name = null;
        if (entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || !string.Equals(type.GetString(), "mention", StringComparison.OrdinalIgnoreCase)
            || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
            || !mentioned.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || botId is null || !string.Equals(id.GetString(), botId, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        text = entity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        name = mentioned.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return true;
    }

    // Any <at>…</at> left mentions someone else: keep the name, drop the tags.
    private static string RemoveTags(string text) => text.Contains(OpenTag, StringComparison.OrdinalIgnoreCase)
        ? text.Replace(OpenTag, string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace(CloseTag, string.Empty, StringComparison.OrdinalIgnoreCase)
        : text;

    // &nbsp; (as an entity or a character), line breaks and runs of spaces around the mention become one space.
    private static string Tidy(string text)
    {
        var decoded = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
        var builder = new StringBuilder(decoded.Length);
        var pendingSpace = false;
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}

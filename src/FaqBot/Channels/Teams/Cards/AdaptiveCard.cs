using System.Text.Json.Nodes;

namespace FaqBot.Channels.Teams.Cards;

/// <summary>The Adaptive Card envelope Teams accepts from bots: schema version 1.5 (Teams' highest for bot cards),
/// full width so answers read well on a phone, and a plain-text fallback for clients that cannot render cards.</summary>
public static class AdaptiveCard
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The schema version every card declares.</summary>
    public const string Version = "1.5";

    /// <summary>Wraps <paramref name="body"/> (and optional card-level <paramref name="actions"/>) in a card.</summary>
    public static JsonObject Create(JsonArray body, string fallbackText, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }
        return card;
    }
}

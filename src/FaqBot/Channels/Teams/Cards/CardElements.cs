using System.Text.Json.Nodes;

namespace FaqBot.Channels.Teams.Cards;

/// <summary>The few Adaptive Card elements the bot's cards are made of. Every text wraps (Teams mobile is narrow) and
/// buttons that carry long questions are tappable rows of wrapped text, not action buttons whose titles Teams cuts.</summary>
public static class CardElements
{
    /// <summary>A wrapping text block; Teams renders its bold, italics, lists and links.</summary>
    public static JsonObject Text(string text, bool subtle = false, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
            block["size"] = "Small";
        }
        if (separator)
        {
            block["separator"] = true;
        }
        return block;
    }

    /// <summary>The card's title: bold, a size up, marked as a heading for screen readers.</summary>
    public static JsonObject Title(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["weight"] = "Bolder",
        ["size"] = "Medium",
        ["style"] = "heading",
    };

    /// <summary>A bold line introducing what follows (used where Markdown had a header: Teams shows no headers).</summary>
    public static JsonObject Strong(string text, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true, ["weight"] = "Bolder" };
        if (separator)
        {
            block["separator"] = true;
        }
        return block;
    }

    /// <summary>Monospaced text, for code blocks an answer might contain.</summary>
    public static JsonObject Monospace(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["fontType"] = "Monospace",
    };

    /// <summary>Label/value pairs (the helpdesk's number and hours; two-column tables).</summary>
    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts)
    {
        var list = new JsonArray();
        foreach (var (title, value) in facts)
        {
            list.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }
        return new JsonObject { ["type"] = "FactSet", ["facts"] = list };
    }

    /// <summary>A container of other elements, optionally shaded (quotes, the helpdesk's status).</summary>
    public static JsonObject Container(JsonArray items, string? style = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = items };
        if (style is not null)
        {
            container["style"] = style;
        }
        if (separator)
        {
            container["separator"] = true;
        }
        return container;
    }

    /// <summary>A full-width row of wrapped text that says <paramref name="data"/>'s words when tapped: the whole
    /// question stays readable on a phone.</summary>
    public static JsonObject TappableRow(string label, CardSubmitData data, CardActionKind kind) => new()
    {
        ["type"] = "Container",
        ["style"] = "emphasis",
        ["spacing"] = "Small",
        ["selectAction"] = Action(label, data, kind),
        ["items"] = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = "▸ " + label, ["wrap"] = true, ["color"] = "Accent" },
        },
    };

    /// <summary>A row of short buttons (はい / いいえ).</summary>
    public static JsonObject Buttons(IEnumerable<(string Title, CardSubmitData Data)> buttons, CardActionKind kind)
    {
        var actions = new JsonArray();
        foreach (var (title, data) in buttons)
        {
            actions.Add(Action(title, data, kind));
        }
        return new JsonObject { ["type"] = "ActionSet", ["actions"] = actions };
    }

    /// <summary>One Action.Submit or Action.Execute that says <paramref name="data"/>'s words.</summary>
    public static JsonObject Action(string title, CardSubmitData data, CardActionKind kind)
    {
        var action = new JsonObject
        {
            ["type"] = kind == CardActionKind.Execute ? "Action.Execute" : "Action.Submit",
            ["title"] = title,
        };
        if (kind == CardActionKind.Execute)
        {
            action["verb"] = CardSubmitData.Verb;
        }
        action["data"] = data.ToJson(kind);
        return action;
    }
}

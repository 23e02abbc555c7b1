using System.Text.Json;

namespace FaqBot.Tests.Channels.Teams;

/// <summary>Reads what a member sees and can press in an Adaptive Card.</summary>
internal static class CardText
{
    public sealed record CardButton(string Type, string Title, string Text, string Kind, string? EntryId, string? Verb);

    /// <summary>Every TextBlock's text and every fact's value, in order.</summary>
    public static List<string> TextsOf(JsonElement card)
    {
        var texts = new List<string>();
        Walk(card, element =>
        {
            var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "TextBlock")
            {
                texts.Add(element.GetProperty("text").GetString()!);
            }
            else if (type == "FactSet")
            {
                foreach (var fact in element.GetProperty("facts").EnumerateArray())
                {
                    texts.Add(fact.GetProperty("value").GetString()!);
                }
            }
        });
        return texts;
    }

    /// <summary>Every action (buttons and tappable rows), in order.</summary>
    public static List<CardButton> ActionsOf(JsonElement card)
    {
        var actions = new List<CardButton>();
        Walk(card, element =>
        {
            var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type is "Action.Submit" or "Action.Execute")
            {
                var data = element.GetProperty("data").GetProperty("faqbot");
                var title = element.TryGetProperty("title", out var ti) ? ti.GetString()! : string.Empty;
                actions.Add(new CardButton(type, title, data.GetProperty("text").GetString()!, data.GetProperty("kind").GetString()!,
                    data.TryGetProperty("entryId", out var e) ? e.GetString() : null,
                    element.TryGetProperty("verb", out var v) ? v.GetString() : null));
            }
        });
        return actions;
    }

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                visit(element);
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name != "data")
                    {
                        Walk(property.Value, visit);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, visit);
                }
                break;
        }
    }
}

using System.Text;
using System.Text.Json.Nodes;

namespace FaqBot.Channels.Teams.Cards;

/// <summary>The "which of these?" card: the dialog's question over one tappable row per candidate question (shown in
/// full, wrapped) and a last row for none of them.</summary>
public static class ChoiceCard
{
    /// <summary>Builds the card; <paramref name="noneOfThese"/> is the row that fits when no candidate does.</summary>
    public static JsonObject Build(string prompt, IReadOnlyList<string> choices, string? noneOfThese, CardActionKind kind)
    {
        var body = new JsonArray { CardElements.Strong(prompt) };
        var fallback = new StringBuilder(prompt);
        for (var i = 0; i < choices.Count; i++)
        {
            body.Add(CardElements.TappableRow(choices[i], new CardSubmitData(choices[i], CardSubmitData.Kinds.Choice), kind));
            fallback.Append('\n').Append(i + 1).Append(". ").Append(choices[i]);
        }
        if (noneOfThese is not null)
        {
            body.Add(CardElements.TappableRow(noneOfThese, new CardSubmitData(noneOfThese, CardSubmitData.Kinds.Choice), kind));
        }
        return AdaptiveCard.Create(body, fallback.ToString());
    }
}

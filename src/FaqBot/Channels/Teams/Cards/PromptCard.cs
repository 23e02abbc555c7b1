using System.Text.Json.Nodes;

namespace FaqBot.Channels.Teams.Cards;

/// <summary>Any other reply of the dialog that offers buttons, where Teams does not show suggested actions (channels
/// and group chats): the message's Markdown over one tappable row per button.</summary>
public static class PromptCard
{
    /// <summary>Builds the card.</summary>
    public static JsonObject Build(string markdown, IReadOnlyList<string> buttons, CardActionKind kind)
    {
        var body = TeamsMarkdown.ToElements(markdown);
        foreach (var button in buttons)
        {
            body.Add(CardElements.TappableRow(button, new CardSubmitData(button, CardSubmitData.Kinds.Ask), kind));
        }
        return AdaptiveCard.Create(body, markdown);
    }
}

using System.Text;
using System.Text.Json.Nodes;

namespace FaqBot.Channels.Teams.Cards;

/// <summary>The welcome when the bot is added to a team, a group chat or a personal chat: what it answers (the
/// employer-side procedures too where HR staff are), how to ask there, and example questions.</summary>
public static class WelcomeCard
{
    /// <summary>Builds the card; <paramref name="examples"/> become tappable rows (empty where Teams shows them as
    /// suggested actions instead).</summary>
    public static JsonObject Build(bool forHr, bool personalChat, IReadOnlyList<string> examples, CardActionKind kind)
    {
        var howToAsk = personalChat ? TeamsMessages.WelcomeHowToAskInPersonalChat : TeamsMessages.WelcomeHowToAskInChannel;
        var body = new JsonArray
        {
            CardElements.Title(TeamsMessages.WelcomeTitle),
            CardElements.Text(TeamsMessages.WelcomeTopics),
        };
        var fallback = new StringBuilder(TeamsMessages.WelcomeTitle).Append("\n\n").Append(TeamsMessages.WelcomeTopics);
        if (forHr)
        {
            body.Add(CardElements.Text(TeamsMessages.WelcomeHrTopics));
            fallback.Append("\n\n").Append(TeamsMessages.WelcomeHrTopics);
        }
        body.Add(CardElements.Text(howToAsk));
        fallback.Append("\n\n").Append(howToAsk);
        if (examples.Count > 0)
        {
            body.Add(CardElements.Strong(TeamsMessages.ExampleQuestions, separator: true));
            foreach (var example in examples)
            {
                body.Add(CardElements.TappableRow(example, new CardSubmitData(example, CardSubmitData.Kinds.Ask), kind));
            }
        }
        return AdaptiveCard.Create(body, fallback.ToString());
    }
}

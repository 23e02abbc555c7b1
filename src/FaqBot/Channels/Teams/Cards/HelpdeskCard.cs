using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Dialogs;
using FaqBot.Escalation;

namespace FaqBot.Channels.Teams.Cards;

/// <summary>The helpdesk card: why the member is handed over, the line's name, number and hours, and — judged now, in
/// Asia/Tokyo — whether it is open and until when, or when it opens next (never "call now" for a closed line).</summary>
public static class HelpdeskCard
{
    /// <summary>Builds the card; <paramref name="moreQuestions"/> become tappable rows (empty where Teams shows
    /// them as suggested actions instead).</summary>
    public static JsonObject Build(string opening, Availability availability, IReadOnlyList<string> moreQuestions,
        CardActionKind kind)
    {
        var contact = availability.Contact;
        var status = Messages.AvailabilityNow(availability);
        var statusBlock = CardElements.Text(status);
        statusBlock["color"] = availability.IsOpen ? "Good" : "Warning";
        statusBlock["weight"] = "Bolder";
        var body = new JsonArray
        {
            CardElements.Text(opening),
            CardElements.Container(
            [
                CardElements.Facts(
                [
                    (TeamsMessages.ContactLabel, contact.Name),
                    (TeamsMessages.PhoneLabel, contact.Phone),
                    (TeamsMessages.HoursLabel, contact.HoursText),
                ]),
                statusBlock,
            ], "emphasis"),
        };
        if (moreQuestions.Count > 0)
        {
            body.Add(CardElements.Strong(TeamsMessages.ExampleQuestions, separator: true));
            foreach (var question in moreQuestions)
            {
                body.Add(CardElements.TappableRow(question, new CardSubmitData(question, CardSubmitData.Kinds.Ask), kind));
            }
        }
        var fallback = new StringBuilder(opening).Append("\n\n")
            .Append(Messages.EscalationTarget(contact)).Append("\n\n").Append(status);
        return AdaptiveCard.Create(body, fallback.ToString());
    }
}

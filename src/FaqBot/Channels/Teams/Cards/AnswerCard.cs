using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Dialogs;

namespace FaqBot.Channels.Teams.Cards;

/// <summary>The card of an FAQ answer: question as title, the answer in what Teams renders, the source in small print,
/// 「解決しましたか？」 with はい/いいえ, and the related questions as tappable rows.</summary>
public static class AnswerCard
{
    /// <summary>Builds the card.</summary>
    public static JsonObject Build(AnswerCardContent content, CardActionKind kind)
    {
        var body = new JsonArray();
        if (!string.IsNullOrWhiteSpace(content.Question))
        {
            body.Add(CardElements.Title(content.Question));
        }
        foreach (var element in TeamsMarkdown.ToElements(content.AnswerMarkdown))
        {
            body.Add(element!.DeepClone());
        }
        if (!string.IsNullOrWhiteSpace(content.SourceNote))
        {
            body.Add(CardElements.Text(content.SourceNote, subtle: true));
        }
        body.Add(CardElements.Strong(content.FeedbackPrompt, separator: true));
        body.Add(CardElements.Buttons(
        [
            (Messages.Yes, new CardSubmitData(Messages.Yes, CardSubmitData.Kinds.Feedback, content.EntryId)),
            (Messages.No, new CardSubmitData(Messages.No, CardSubmitData.Kinds.Feedback, content.EntryId)),
        ], kind));
        if (content.MoreQuestions.Count > 0)
        {
            body.Add(CardElements.Strong(TeamsMessages.RelatedQuestions, separator: true));
            foreach (var question in content.MoreQuestions)
            {
                body.Add(CardElements.TappableRow(question, new CardSubmitData(question, CardSubmitData.Kinds.Ask), kind));
            }
        }
        return AdaptiveCard.Create(body, FallbackText(content));
    }

    private static string FallbackText(AnswerCardContent content)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(content.Question))
        {
            text.Append(content.Question).Append("\n\n");
        }
        text.Append(content.AnswerMarkdown);
        if (!string.IsNullOrWhiteSpace(content.SourceNote))
        {
            text.Append("\n\n").Append(content.SourceNote);
        }
        text.Append("\n\n").Append(content.FeedbackPrompt);
        return text.ToString();
    }
}

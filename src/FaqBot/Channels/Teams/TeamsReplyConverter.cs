using System.Text.Json;
using System.Text.Json.Nodes;
using FaqBot.Channels.Teams.Cards;
using FaqBot.Dialogs;
using FaqBot.Escalation;
using FaqBot.Bot.Schema;
using FaqIndex.Content;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.Teams;

/// <summary>Turns the dialog's replies (Markdown text + imBack buttons, the same for every channel) into what Teams
/// shows best: answers, choices and the helpdesk as Adaptive Cards 1.5; buttons as suggested actions only in a personal
/// chat and only as many as Teams shows (three), card buttons everywhere else; always under Teams' 80 KB message limit,
/// falling back to the plain text when a card would not fit.</summary>
public sealed class TeamsReplyConverter
{
    /// <summary>Largest message the bot posts: Teams refuses messages of 80 KB and more.</summary>
    public const int MaxMessageBytes = 80 * 1000;

    // Teams shows at most three suggested actions; a reply with more gets card buttons so none is lost.
    private const int MaxSuggestedActions = 3;

    private const string SourcePrefix = "（出典:";

    private readonly ContactAvailability _availability;
    private readonly IOptionsMonitor<TeamsOptions> _options;

    /// <summary>Creates the converter.</summary>
    public TeamsReplyConverter(ContactAvailability availability, IOptionsMonitor<TeamsOptions> options)
    {
        _availability = availability;
        _options = options;
    }

    /// <summary>Rewrites <paramref name="reply"/> for a conversation of kind <paramref name="where"/>; activities other
    /// than messages pass unchanged.</summary>
    public void Convert(Activity reply, TeamsConversationKind where)
    {
        if (reply.Type != ActivityTypes.Message || string.IsNullOrEmpty(reply.Text) || reply.Attachments is { Count: > 0 })
        {
            FitSize(reply);
            return;
        }
        var options = _options.CurrentValue;
        var kind = options.CardActions;
        var text = reply.Text;
        var buttons = ButtonValues(reply);
        var suggestedFit = where == TeamsConversationKind.Personal && buttons.Count <= MaxSuggestedActions;
        JsonObject? card = null;
        var isAnswer = false;

        if (TryReadAnswer(reply, text, buttons, out var answer))
        {
            card = AnswerCard.Build(answer, kind);
            isAnswer = true;
        }
        else if (text.StartsWith(Messages.WhichOne, StringComparison.Ordinal) && buttons.Count > 0)
        {
            var choices = buttons.FindAll(b => b != Messages.NoneOfThese);
            card = ChoiceCard.Build(Messages.WhichOne, choices, buttons.Contains(Messages.NoneOfThese) ? Messages.NoneOfThese : null, kind);
        }
        else if (IsHandover(text))
        {
            var availability = _availability.Check(_availability.Directory.Helpdesk);
            card = HelpdeskCard.Build(FirstParagraph(text), availability, suggestedFit ? [] : buttons, kind);
        }
        else if (buttons.Count > 0 && !suggestedFit)
        {
            card = PromptCard.Build(text, buttons, kind);
        }

        if (card is not null)
        {
            reply.Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = JsonSerializer.SerializeToElement(card) }];
            // The text moves into the card (its fallbackText); Summary is what notifications and the chat list show.
            reply.Summary = Summary(text);
            reply.Text = null;
            if (isAnswer || !suggestedFit)
            {
                reply.SuggestedActions = null;
            }
            if (isAnswer && options.FeedbackLoop)
            {
                reply.ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, bool> { ["feedbackLoopEnabled"] = true });
            }
        }
        reply.Entities = WithoutAnswerEntity(reply.Entities);
        FitSize(reply);
    }

    /// <summary>The card a reply carries after <see cref="Convert"/>, or null when it is plain text.</summary>
    public static JsonElement? CardOf(Activity reply)
    {
        if (reply.Attachments is null)
        {
            return null;
        }
        foreach (var attachment in reply.Attachments)
        {
            if (attachment.ContentType == AdaptiveCard.ContentType && attachment.Content is { } content)
            {
                return content;
            }
        }
        return null;
    }

    private bool IsHandover(string text) =>
        text.Contains(Messages.EscalationTarget(_availability.Directory.Helpdesk), StringComparison.Ordinal);

    private static bool TryReadAnswer(Activity reply, string text, List<string> buttons, out AnswerCardContent answer)
    {
        answer = null!;
        var marked = AnswerEntity.TryRead(reply, out var entryId, out var question);
        var paragraphs = new List<string>(text.Split("\n\n"));
        var asksFeedback = paragraphs.Count > 1 && paragraphs[^1].Trim() == Messages.WasItResolved
            && buttons.Count >= 2 && buttons[0] == Messages.Yes && buttons[1] == Messages.No;
        if (!marked && !asksFeedback)
        {
            return false;
        }
        if (asksFeedback)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        string? source = null;
        if (paragraphs.Count > 1 && paragraphs[^1].TrimStart().StartsWith(SourcePrefix, StringComparison.Ordinal))
        {
            source = paragraphs[^1].Trim();
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        var more = buttons.FindAll(b => b != Messages.Yes && b != Messages.No);
        answer = new AnswerCardContent(marked ? question : null, string.Join("\n\n", paragraphs), source,
            Messages.WasItResolved, more, marked ? entryId : null);
        return true;
    }

    private static List<string> ButtonValues(Activity reply)
    {
        var values = new List<string>();
        if (reply.SuggestedActions?.Actions is not { } actions)
        {
            return values;
        }
        foreach (var action in actions)
        {
            var value = action.Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : action.Title;
            if (!string.IsNullOrWhiteSpace(value))
            {
                values.Add(value);
            }
        }
        return values;
    }

    private static List<JsonElement>? WithoutAnswerEntity(List<JsonElement>? entities)
    {
        if (entities is null)
        {
            return null;
        }
        var kept = entities.FindAll(e => !(e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t)
            && t.ValueKind == JsonValueKind.String && t.GetString() == AnswerEntity.Type));
        return kept.Count > 0 ? kept : null;
    }

    private static string FirstParagraph(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    private static string Summary(string text)
    {
        var first = FirstParagraph(text).Replace("**", string.Empty, StringComparison.Ordinal);
        return first.Length <= 100 ? first : CutAt(first, 99) + "…";
    }

    // Teams refuses messages of 80 KB or more: drop the card for its plain text, then shorten the text, never
    // splitting a surrogate pair.
    private static void FitSize(Activity reply)
    {
        if (Size(reply) < MaxMessageBytes)
        {
            return;
        }
        if (CardOf(reply) is { } card && card.TryGetProperty("fallbackText", out var fallback) && fallback.ValueKind == JsonValueKind.String)
        {
            reply.Text = fallback.GetString();
            reply.Attachments = null;
            reply.SuggestedActions = null;
            reply.ChannelData = null;
        }
        while (Size(reply) >= MaxMessageBytes && reply.Text is { Length: > 0 } text)
        {
            reply.Attachments = null;
            reply.Text = CutAt(text, text.Length * 3 / 4) + "…";
        }
    }

    private static int Size(Activity reply) => SchemaJson.Serialize(reply).Length;

    private static string CutAt(string text, int length)
    {
        if (length >= text.Length)
        {
            return text;
        }
        var cut = length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut];
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaqBot.Channels.Teams.Cards;

/// <summary>What a card button carries back to the bot: the words the member would otherwise have typed (the dialog
/// understands those, whatever the channel), what kind of button it was, and the FAQ entry it is about. The one place
/// that writes this data into a card and reads it back from a submit or an <c>adaptiveCard/action</c> invoke.</summary>
/// <param name="Text">What the button says on the member's behalf, e.g. はい or a follow-up question.</param>
/// <param name="Kind">The button's kind (<see cref="Kinds"/>), for analytics and logs.</param>
/// <param name="EntryId">The FAQ entry the card showed, when there was one.</param>
public sealed record CardSubmitData(string Text, string Kind, string? EntryId = null)
{
    /// <summary>The verb of every <c>Action.Execute</c> this bot sends.</summary>
    public const string Verb = "faqbot.say";

    // Longer than any question the dialog would read; a forged submit cannot smuggle a huge message past the adapter.
    private const int MaxTextLength = 500;

    /// <summary>The button kinds.</summary>
    public static class Kinds
    {
        /// <summary>はい / いいえ under an answer.</summary>
        public const string Feedback = "feedback";

        /// <summary>A follow-up or example question.</summary>
        public const string Ask = "ask";

        /// <summary>One of the offered choices (or none of them).</summary>
        public const string Choice = "choice";
    }

    /// <summary>The data object of a button (Teams' <c>msteams.messageBack</c> for Action.Submit, so the member's
    /// choice shows in the conversation as their own words).</summary>
    public JsonObject ToJson(CardActionKind kind)
    {
        var data = new JsonObject
        {
            ["faqbot"] = new JsonObject { ["text"] = Text, ["kind"] = Kind },
        };
        if (EntryId is not null)
        {
            data["faqbot"]!["entryId"] = EntryId;
        }
        if (kind == CardActionKind.Submit)
        {
            data["msteams"] = new JsonObject { ["type"] = "messageBack", ["text"] = Text, ["displayText"] = Text };
        }
        return data;
    }

    /// <summary>Reads the data of a card submit (a message's <c>value</c>) or of an <c>adaptiveCard/action</c>
    /// invoke's value (<c>{"action":{"type":"Action.Execute","verb":…,"data":{…}}}</c>); false for anything else,
    /// including data another app's card sent.</summary>
    public static bool TryRead(JsonElement? value, out CardSubmitData data)
    {
        data = null!;
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return false;
        }
        if (element.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var actionData))
        {
            element = actionData;
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
        }
        if (!element.TryGetProperty("faqbot", out var ours) || ours.ValueKind != JsonValueKind.Object
            || !ours.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        var said = text.GetString()!.Trim();
        if (said.Length == 0 || said.Length > MaxTextLength)
        {
            return false;
        }
        var kind = ours.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : Kinds.Ask;
        var entry = ours.TryGetProperty("entryId", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        data = new CardSubmitData(said, kind, entry);
        return true;
    }
}

using System.Text.Json;
using FaqBot.Bot.Schema;
using FaqIndex.Content;

namespace FaqBot.Dialogs;

/// <summary>The entity the dialog puts on a reply that answers from an FAQ entry (<c>{"type":"faqbot/answer","id",
/// "question"}</c>): channels that show more than text — Teams' answer card takes its title from it — read it; Web Chat
/// ignores entity types it does not know.</summary>
public static class AnswerEntity
{
    /// <summary>The entity type.</summary>
    public const string Type = "faqbot/answer";

    /// <summary>The entity for <paramref name="entry"/>.</summary>
    public static JsonElement Create(FaqEntry entry) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["type"] = Type, ["id"] = entry.Id, ["question"] = entry.Question });

    /// <summary>Reads the entry id and question from a reply, when it carries the entity.</summary>
    public static bool TryRead(Activity activity, out string id, out string question)
    {
        id = question = string.Empty;
        if (activity.Entities is null)
        {
            return false;
        }
        foreach (var entity in activity.Entities)
        {
            if (entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == Type
                && entity.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
                && entity.TryGetProperty("question", out var questionValue) && questionValue.ValueKind == JsonValueKind.String)
            {
                id = idValue.GetString()!;
                question = questionValue.GetString()!;
                return true;
            }
        }
        return false;
    }
}

using FaqBot.Bot.Schema;
using FaqIndex.Text;

namespace FaqBot.State;

/// <summary>What a Direct Line conversation stores of an activity: the member's own text redacted (My Number, phone
/// numbers), the bot's untouched (its answers carry the helpdesk's number on purpose); and how a batch stored in one
/// step is numbered.</summary>
internal static class DirectLineTranscript
{
    /// <summary>The format of the sequence part of an activity id.</summary>
    public const string SequenceFormat = "D7";

    /// <summary>Redacts the member's text in place before the activity is stored.</summary>
    public static void RedactMemberText(Activity activity)
    {
        if (activity.From?.Role == "user" && activity.Text is { Length: > 0 } text)
        {
            activity.Text = PersonalDataRedactor.Redact(text);
        }
    }

    /// <summary>Gives each activity of a batch its stored id (<paramref name="idOf"/> of its index) and redacts member
    /// text. A reply that names an earlier activity of the batch by the id it had before (a member's activity stored
    /// with the bot's answers) is pointed at that activity's stored id.</summary>
    public static void Number<TState>(IReadOnlyList<Activity> activities, TState state, Func<TState, int, string> idOf)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            RedactMemberText(activity);
            var before = activity.Id;
            activity.Id = idOf(state, i);
            if (before is null)
            {
                continue;
            }
            for (var later = i + 1; later < activities.Count; later++)
            {
                if (string.Equals(activities[later].ReplyToId, before, StringComparison.Ordinal))
                {
                    activities[later].ReplyToId = activity.Id;
                }
            }
        }
    }
}

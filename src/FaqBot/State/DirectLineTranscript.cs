using System.Globalization;
using FaqBot.Bot.Schema;
using FaqIndex.Text;

namespace FaqBot.State;

/// <summary>What a Direct Line conversation stores of an activity: the member's own text redacted (My Number, phone
/// numbers), the bot's untouched (its answers carry the helpdesk's number on purpose); and how a batch stored in one
/// step is numbered.</summary>
internal static class DirectLineTranscript
{
    /// <summary>The server id of the activity numbered <paramref name="sequence"/>: <c>{conversationId}|{sequence}</c>,
    /// the sequence zero-padded so ids sort as they were stored (the Redis append script pads it the same way).</summary>
    public static string IdOf(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Redacts the member's text in place before the activity is stored.</summary>
    public static void RedactMemberText(Activity activity)
    {
        if (activity.From?.Role == "user" && activity.Text is { Length: > 0 } text)
        {
            activity.Text = PersonalDataRedactor.Redact(text);
        }
    }

    /// <summary>Readies a batch to be stored: member text redacted, then <see cref="Renumber"/>.</summary>
    public static void Number<TState>(IReadOnlyList<Activity> activities, TState state, Func<TState, int, string> idOf)
    {
        foreach (var activity in activities)
        {
            RedactMemberText(activity);
        }
        Renumber(activities, state, idOf);
    }

    /// <summary>Gives each activity of a batch the id <paramref name="idOf"/> of its index. A reply that names an
    /// earlier activity of the batch by the id it had before (a member's activity stored with the bot's answers) is
    /// pointed at that activity's new id.</summary>
    public static void Renumber<TState>(IReadOnlyList<Activity> activities, TState state, Func<TState, int, string> idOf)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
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

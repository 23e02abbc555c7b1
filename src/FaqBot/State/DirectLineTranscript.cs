using FaqBot.Bot.Schema;
using FaqIndex.Text;

namespace FaqBot.State;

/// <summary>What a Direct Line conversation stores of an activity: the member's own text redacted (My Number, phone
/// numbers), the bot's untouched (its answers carry the helpdesk's number on purpose).</summary>
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
}

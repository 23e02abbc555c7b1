using FaqBot.Channels.Teams;
using FaqBot.Dialogs;
using FaqBot.Escalation;
using FaqBot.Bot.Schema;
using FaqBot.Tests.Dialogs;
using FaqBot.Tests.TestSupport;
using FaqBot.Channels.Teams.Cards;

namespace FaqBot.Tests.Channels.Teams;

/// <summary>The real dialog's replies for the flows members meet, converted for Teams by the real converter: the
/// cards the bot sends, for the converter tests and the renderer tests.</summary>
internal static class TeamsCardFlows
{
    public static TeamsReplyConverter Converter(DialogHarness harness, CardActionKind kind = CardActionKind.Submit) =>
        new(harness.Services.GetRequiredService<ContactAvailability>(),
            new StaticOptionsMonitor<TeamsOptions>(new TeamsOptions { CardActions = kind }));

    /// <summary>Sends <paramref name="utterances"/> in turn and returns the last turn's replies converted.</summary>
    public static async Task<List<Activity>> ConvertedAsync(string tokyoNow, TeamsConversationKind where,
        CardActionKind kind, params string[] utterances)
    {
        var harness = new DialogHarness(tokyoNow);
        List<Activity> replies = [];
        foreach (var utterance in utterances)
        {
            replies = await harness.SendAsync(utterance, channel: "msteams");
        }
        var converter = Converter(harness, kind);
        foreach (var reply in replies)
        {
            converter.Convert(reply, where);
        }
        return replies;
    }
}

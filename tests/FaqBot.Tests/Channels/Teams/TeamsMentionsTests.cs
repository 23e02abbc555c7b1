using System.Text.Json;
using FaqBot.Channels.Teams;
using FaqBot.Tests.Dialogs;

namespace FaqBot.Tests.Channels.Teams;

public sealed class TeamsMentionsTests
{
    private const string BotId = "28:6f1b3a52-1c1d-4a4e-9b7e-0d7e3c2a9f10";

    private static List<JsonElement> Mention(string? text, string id = BotId, string name = "FAQボット") =>
    [
        JsonSerializer.SerializeToElement(new { type = "mention", text, mentioned = new { id, name } }),
        JsonSerializer.SerializeToElement(new { type = "clientInfo", locale = "ja-JP", country = "JP", platform = "Web" }),
    ];

    [Theory]
    [InlineData("<at>FAQボット</at> 資格確認書をなくした", "<at>FAQボット</at>")]
    [InlineData("<at>FAQボット</at>\r\n資格確認書をなくした", "<at>FAQボット</at>")]
    [InlineData("<at>FAQボット</at>&nbsp;資格確認書をなくした", "<at>FAQボット</at>")]
    [InlineData("\u00A0<at>FAQボット</at>\u00A0 資格確認書をなくした\r\n", "<at>FAQボット</at>")]
    [InlineData("資格確認書をなくした <at>FAQボット</at>", "<at>FAQボット</at>")]
    [InlineData("<at>FAQボット</at> 資格確認書をなくした", null)]
    public void The_bots_own_mention_is_removed(string text, string? entityText)
    {
        Assert.Equal("資格確認書をなくした", TeamsMentions.StripBotMention(text, Mention(entityText), BotId));
    }

    [Fact]
    public async Task A_mentioned_question_finds_the_same_answer_as_on_the_website()
    {
        var stripped = TeamsMentions.StripBotMention("<at>FAQボット</at>&nbsp;資格確認書をなくした", Mention("<at>FAQボット</at>"), BotId);
        var teams = await new DialogHarness().SendAsync(stripped, channel: "msteams");
        var web = await new DialogHarness().SendAsync("資格確認書をなくした");

        Assert.Equal(DialogHarness.Text(web), DialogHarness.Text(teams));
    }

    [Fact]
    public void Someone_elses_mention_keeps_their_name_without_tags()
    {
        var entities = Mention("<at>FAQボット</at>");
        entities.Add(JsonSerializer.SerializeToElement(new { type = "mention", text = "<at>佐藤</at>", mentioned = new { id = "29:abc", name = "佐藤" } }));

        Assert.Equal("佐藤 さんの資格確認書",
            TeamsMentions.StripBotMention("<at>FAQボット</at> <at>佐藤</at> さんの資格確認書", entities, BotId));
    }

    [Fact]
    public void Broken_and_unknown_entities_are_ignored()
    {
        List<JsonElement> entities =
        [
            JsonSerializer.SerializeToElement(42),
            JsonSerializer.SerializeToElement(new { type = "mention" }),
            JsonSerializer.SerializeToElement(new { type = "mention", mentioned = "not an object" }),
            JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = 7 } }),
            JsonSerializer.SerializeToElement(new { type = "https://schema.org/Message", text = "<at>FAQボット</at>" }),
            JsonSerializer.SerializeToElement(new { type = (string?)null }),
        ];

        Assert.Equal("FAQボット 質問", TeamsMentions.StripBotMention("<at>FAQボット</at> 質問", entities, BotId));
        Assert.Equal(string.Empty, TeamsMentions.StripBotMention(null, entities, BotId));
        Assert.Equal("質問", TeamsMentions.StripBotMention("質問", null, null));
    }

    [Fact]
    public void Only_a_mention_leaves_an_empty_question()
    {
        Assert.Equal(string.Empty, TeamsMentions.StripBotMention("<at>FAQボット</at>&nbsp;\r\n", Mention("<at>FAQボット</at>"), BotId));
    }

    [Fact]
    public void A_huge_message_with_many_mentions_is_handled()
    {
        var text = string.Concat(Enumerable.Repeat("<at>FAQボット</at> 資格確認書 ", 20000));
        var stripped = TeamsMentions.StripBotMention(text, Mention("<at>FAQボット</at>"), BotId);

        Assert.DoesNotContain("<at>", stripped);
        Assert.StartsWith("資格確認書 資格確認書", stripped);
    }
}

using System.Text.Json;
using FaqBot.Channels.Teams;
using FaqBot.Channels.Teams.Cards;
using FaqBot.Dialogs;
using FaqBot.Bot.Schema;
using FaqBot.Tests.Dialogs;

namespace FaqBot.Tests.Channels.Teams;

public sealed class TeamsReplyConverterTests
{
    private const string Weekday = "2026-12-02T10:00";
    private const string Holiday = "2026-11-23T10:00";

    [Fact]
    public async Task An_answer_becomes_a_card_titled_with_the_question_with_source_feedback_and_follow_ups()
    {
        var replies = await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Channel, CardActionKind.Submit,
            "マイナンバーカードをなくしました");
        var reply = Assert.Single(replies);
        var card = TeamsReplyConverter.CardOf(reply)!.Value;

        Assert.Null(reply.Text);
        Assert.Null(reply.SuggestedActions);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var texts = CardText.TextsOf(card);
        Assert.StartsWith("マイナンバーカード（マイナ保険証）を紛失したり", texts[0]);
        Assert.Contains(texts, t => t.Contains("0120-95-0178", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("（出典:", StringComparison.Ordinal));
        Assert.Contains(Messages.WasItResolved, texts);
        var actions = CardText.ActionsOf(card);
        Assert.Contains(actions, a => a.Title == Messages.Yes && a.Type == "Action.Submit" && a.Kind == "feedback" && a.EntryId == "card-lost");
        Assert.Contains(actions, a => a.Title == Messages.No && a.Type == "Action.Submit");
        Assert.Contains(actions, a => a.Kind == "ask" && a.Text.Length > 0);
        Assert.True(reply.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
        Assert.DoesNotContain(reply.Entities ?? [], e => e.GetProperty("type").GetString() == AnswerEntity.Type);
        Assert.Contains("マイナンバー総合フリーダイヤル", card.GetProperty("fallbackText").GetString());
        Assert.False(string.IsNullOrEmpty(reply.Summary));
    }

    [Fact]
    public async Task The_execute_variant_uses_action_execute_with_the_bots_verb()
    {
        var replies = await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Personal, CardActionKind.Execute,
            "資格確認書はいつまで有効ですか？");
        var actions = CardText.ActionsOf(TeamsReplyConverter.CardOf(replies[^1])!.Value);

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal("Action.Execute", a.Type));
        Assert.All(actions, a => Assert.Equal(CardSubmitData.Verb, a.Verb));
    }

    [Fact]
    public async Task An_unsure_search_offers_every_choice_in_full_and_none_of_these()
    {
        var replies = await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Channel, CardActionKind.Submit, "なくした");
        var card = TeamsReplyConverter.CardOf(replies[^1])!.Value;
        var actions = CardText.ActionsOf(card);

        Assert.Equal(Messages.WhichOne, CardText.TextsOf(card)[0]);
        Assert.True(actions.Count >= 3);
        Assert.All(actions, a => Assert.Equal("choice", a.Kind));
        Assert.Equal(Messages.NoneOfThese, actions[^1].Text);
        Assert.Null(replies[^1].SuggestedActions);
    }

    [Theory]
    [InlineData(Weekday, true, "ただいま受付中です")]
    [InlineData(Holiday, false, "本日は祝日のため受付しておりません")]
    [InlineData("2026-12-02T18:30", false, "次の受付は12月3日(木) 9:00からです")]
    public async Task The_helpdesk_card_shows_the_number_and_whether_the_line_is_open_now(string tokyo, bool open, string expected)
    {
        var replies = await TeamsCardFlows.ConvertedAsync(tokyo, TeamsConversationKind.Channel, CardActionKind.Submit, "担当者と話したい");
        var card = TeamsReplyConverter.CardOf(replies[^1])!.Value;
        var texts = CardText.TextsOf(card);

        Assert.Contains("03-5213-4467", texts);
        Assert.Contains(texts, t => t.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(open, texts.Exists(t => t.Contains("へお電話ください", StringComparison.Ordinal) && !t.Contains("受付時間になりましたら", StringComparison.Ordinal)));
        Assert.NotEmpty(CardText.ActionsOf(card));
    }

    [Fact]
    public async Task In_a_personal_chat_more_buttons_than_teams_shows_become_card_buttons()
    {
        // 「お役に立てて何よりです」 offers five examples: more than the three suggested actions Teams shows.
        var replies = await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Personal, CardActionKind.Submit,
            "資格確認書はいつまで有効ですか？", "はい");

        Assert.NotNull(TeamsReplyConverter.CardOf(replies[^1]));
        Assert.Null(replies[^1].SuggestedActions);
        Assert.Equal(5, CardText.ActionsOf(TeamsReplyConverter.CardOf(replies[^1])!.Value).Count);
    }

    [Fact]
    public void In_a_personal_chat_three_buttons_or_fewer_stay_suggested_actions()
    {
        var few = DialogHarness.Message(null, "c", "msteams").CreateReply("ご質問の内容を文章で入力してください。");
        few.SuggestedActions = new SuggestedActions { Actions = [new CardAction { Title = "ヘルプ", Value = JsonSerializer.SerializeToElement("ヘルプ") }] };
        TeamsCardFlows.Converter(new DialogHarness(Weekday)).Convert(few, TeamsConversationKind.Personal);

        Assert.NotNull(few.SuggestedActions);
        Assert.Null(TeamsReplyConverter.CardOf(few));
        Assert.Equal("ご質問の内容を文章で入力してください。", few.Text);
    }

    [Fact]
    public async Task In_a_channel_buttons_become_card_buttons()
    {
        var replies = await TeamsCardFlows.ConvertedAsync(Weekday, TeamsConversationKind.Channel, CardActionKind.Submit, "ヘルプ");
        var reply = replies[^1];
        var card = TeamsReplyConverter.CardOf(reply)!.Value;

        Assert.Null(reply.SuggestedActions);
        Assert.Contains(CardText.ActionsOf(card), a => a.Text == Messages.TalkToPerson);
        Assert.Contains(CardText.TextsOf(card), t => t.Contains("切り替えチェック", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_without_buttons_stays_text()
    {
        var reply = DialogHarness.Message(null, "c", "msteams").CreateReply(Messages.Cancelled);
        TeamsCardFlows.Converter(new DialogHarness(Weekday)).Convert(reply, TeamsConversationKind.Channel);

        Assert.Equal(Messages.Cancelled, reply.Text);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void A_huge_reply_is_sent_as_plain_text_under_the_teams_limit()
    {
        var harness = new DialogHarness(Weekday);
        var huge = string.Concat(Enumerable.Repeat("資格確認書の有効期限についてのご案内です。𠮷", 6000));
        var reply = DialogHarness.Message(null, "c", "msteams").CreateReply(huge + "\n\n（出典: 当組合FAQ）\n\n" + Messages.WasItResolved);
        reply.SuggestedActions = new SuggestedActions
        {
            Actions = [new CardAction { Value = JsonSerializer.SerializeToElement(Messages.Yes) }, new CardAction { Value = JsonSerializer.SerializeToElement(Messages.No) }],
        };
        TeamsCardFlows.Converter(harness).Convert(reply, TeamsConversationKind.Channel);

        Assert.True(SchemaJson.Serialize(reply).Length < TeamsReplyConverter.MaxMessageBytes);
        Assert.Null(reply.Attachments);
        Assert.StartsWith("資格確認書の有効期限", reply.Text);
        Assert.False(char.IsHighSurrogate(reply.Text![^2]));
    }

    [Fact]
    public void Typing_and_other_activities_pass_unchanged()
    {
        var harness = new DialogHarness(Weekday);
        var typing = new Activity { Type = ActivityTypes.Typing };
        TeamsCardFlows.Converter(harness).Convert(typing, TeamsConversationKind.Channel);

        Assert.Null(typing.Attachments);
        Assert.Null(typing.Text);
    }
}

using FaqBot.Analytics;
using System.Net;
using System.Text;
using System.Text.Json;
using FaqBot.Channels.Teams;
using FaqBot.Dialogs;
using FaqBot.Tests.Dialogs;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Channels.Teams;

/// <summary>Teams payloads posted to /api/messages of the real service on Kestrel; replies captured by a loopback
/// Connector: the right reply, to the right conversation and thread, for the right audience.</summary>
public sealed class TeamsPayloadTests : IAsyncLifetime
{
    private TestConnector _connector = null!;
    private FaqBotServer _server = null!;
    private HttpClient _client = null!;
    private TeamsPayloads _payloads = null!;
    private readonly RecordingTurnRecorder _recorder = new();

    public async Task InitializeAsync()
    {
        _connector = await TestConnector.StartAsync();
        _server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Teams:HrTenantIds:0"] = TeamsPayloads.HrTenant,
            ["Bot:TypingDelay"] = "00:00:00",
        }, services => services.AddSingleton<ITurnRecorder>(_recorder));
        _client = _server.CreateClient();
        _payloads = new TeamsPayloads(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string json) =>
        await _client.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

    private static JsonElement Card(ConnectorCall call)
    {
        var attachment = Assert.Single(call.Activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return attachment.Content!.Value;
    }

    private static string HrNewHireQuestion => RealFaqSearcher.Instance.GetEntry("hr-new-hire")!.Question;

    [Fact]
    public async Task A_channel_question_mentioning_the_bot_is_answered_in_its_thread_with_hr_entries()
    {
        using var response = await PostAsync(_payloads.ChannelMention("新入社員の資格確認書", TeamsPayloads.HrTenant));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var call = await _connector.NextAsync();
        Assert.Equal($"/v3/conversations/{TeamsPayloads.Team};messageid=1481567603816/activities/1481567603816", call.Path);
        Assert.Equal("1481567603816", call.Activity.ReplyToId);
        Assert.Equal(TeamsPayloads.Team + ";messageid=1481567603816", call.Activity.Conversation!.Id);
        var card = Card(call);
        Assert.Equal(HrNewHireQuestion, CardText.TextsOf(card)[0]);
        Assert.Null(call.Activity.SuggestedActions);
        Assert.True(call.Activity.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
    }

    [Fact]
    public async Task The_same_question_from_another_tenant_gets_member_entries_only()
    {
        using var response = await PostAsync(_payloads.ChannelMention("新入社員の資格確認書", TeamsPayloads.OtherTenant));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var call = await _connector.NextAsync();
        var texts = call.Activity.Attachments is { Count: > 0 } ? CardText.TextsOf(Card(call)) : [call.Activity.Text!];
        Assert.DoesNotContain(HrNewHireQuestion, texts);
    }

    [Fact]
    public async Task A_reply_inside_a_thread_goes_to_that_thread()
    {
        using var response = await PostAsync(_payloads.ChannelMention("資格確認書はいつまで有効ですか", TeamsPayloads.HrTenant,
            id: "1481567609999", threadRoot: "1481567600000"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var call = await _connector.NextAsync();
        Assert.Equal($"/v3/conversations/{TeamsPayloads.Team};messageid=1481567600000/activities/1481567609999", call.Path);
        Assert.Equal("1481567609999", call.Activity.ReplyToId);
        Assert.Equal($"{TeamsPayloads.Team};messageid=1481567600000", call.Activity.Conversation!.Id);
    }

    [Fact]
    public async Task A_personal_question_with_its_html_copy_gets_the_same_answer_as_on_the_website()
    {
        using var response = await PostAsync(_payloads.Personal("資格確認書をなくした", TeamsPayloads.OtherTenant));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var call = await _connector.NextAsync();
        Assert.StartsWith("/v3/conversations/a:1Qh3kKzL9pVxPersonalChat/activities", call.Path);
        var web = await new DialogHarness().SendAsync("資格確認書をなくした");
        var texts = CardText.TextsOf(Card(call));
        Assert.Contains(texts, t => web[^1].Text!.StartsWith(t[..Math.Min(t.Length, 15)], StringComparison.Ordinal) || web[^1].Text!.Contains(t[..Math.Min(t.Length, 15)], StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bot_added_to_a_team_welcomes_once_naming_what_it_answers()
    {
        using (var response = await PostAsync(_payloads.BotAddedToTeam(TeamsPayloads.HrTenant)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var call = await _connector.NextAsync();
        Assert.Equal($"/v3/conversations/{TeamsPayloads.Team}/activities/f:5f85c2ad", call.Path);
        var texts = CardText.TextsOf(Card(call));
        Assert.Contains(TeamsMessages.WelcomeTopics, texts);
        Assert.Contains(TeamsMessages.WelcomeHrTopics, texts);
        Assert.Contains(TeamsMessages.WelcomeHowToAskInChannel, texts);

        using (var again = await PostAsync(_payloads.InstallationAdded(TeamsPayloads.HrTenant)))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        using (var member = await PostAsync(_payloads.BotAddedToTeam(TeamsPayloads.HrTenant, memberId: "29:newcomer")))
        {
            Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        }
        await Task.Delay(300);
        Assert.Empty(_connector.Drain());
    }

    [Fact]
    public async Task A_new_member_joining_a_team_gets_no_channel_post()
    {
        using var response = await PostAsync(_payloads.BotAddedToTeam(TeamsPayloads.OtherTenant, memberId: "29:newcomer"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(_connector.Drain());
    }

    [Fact]
    public async Task A_card_submit_is_read_as_the_words_of_its_button_and_recorded()
    {
        using (var ask = await PostAsync(_payloads.Personal("資格確認書はいつまで有効ですか？", TeamsPayloads.OtherTenant, conversation: "a:submit")))
        {
            Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        }
        var answer = await _connector.NextAsync();
        var yes = CardText.ActionsOf(Card(answer)).First(a => a.Text == Messages.Yes);
        var value = JsonSerializer.SerializeToElement(new { faqbot = new { text = yes.Text, kind = yes.Kind, entryId = yes.EntryId } });

        using (var submit = await PostAsync(_payloads.Personal(null!, TeamsPayloads.OtherTenant, conversation: "a:submit", id: "1590000000002", value: value)))
        {
            Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        }
        var thanks = await _connector.NextAsync();
        Assert.Contains(Messages.ThanksForFeedback, CardText.TextsOf(Card(thanks)));
        Assert.Contains(_recorder.Turns, t => t.Feedback == TurnFeedback.Yes && t.EntryId == yes.EntryId && t.Channel == "msteams");
    }

    [Fact]
    public async Task An_action_execute_is_answered_with_an_invoke_response_and_the_answer_is_posted()
    {
        var data = new { faqbot = new { text = "資格確認書はいつまで有効ですか？", kind = "ask" } };
        using var response = await PostAsync(_payloads.AdaptiveCardAction(data, TeamsPayloads.OtherTenant, conversation: "a:execute"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Contains("資格確認書はいつまで有効ですか？", body.GetProperty("value").GetString());
        var call = await _connector.NextAsync();
        Assert.NotEmpty(CardText.TextsOf(Card(call)));
    }

    [Fact]
    public async Task An_action_execute_with_data_that_is_not_ours_is_refused_in_the_invoke_response()
    {
        using var response = await PostAsync(_payloads.AdaptiveCardAction(new { other = "app" }, TeamsPayloads.OtherTenant));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("like", TurnFeedback.TeamsLike)]
    [InlineData("dislike", TurnFeedback.TeamsDislike)]
    public async Task Teams_feedback_buttons_are_answered_with_an_empty_object_and_recorded_like_yes_or_no(string reaction, TurnFeedback expected)
    {
        var conversation = "a:feedback-" + reaction;
        using (var ask = await PostAsync(_payloads.Personal("マイナ保険証とは何ですか", TeamsPayloads.OtherTenant, conversation: conversation)))
        {
            Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        }
        var answer = await _connector.NextAsync();
        var entryId = CardText.ActionsOf(Card(answer)).First(a => a.Kind == "feedback").EntryId;
        var attempts = _connector.Attempts;

        using var response = await PostAsync(_payloads.SubmitAction(reaction, "reply-" + attempts, TeamsPayloads.OtherTenant, conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        Assert.Contains(_recorder.Turns, t => t.Feedback == expected && t.EntryId == entryId && t.Question is null);
        await Task.Delay(200);
        Assert.Empty(_connector.Drain());
    }

    [Theory]
    [InlineData("{\"type\":\"invoke\",\"name\":\"message/submitAction\",\"value\":\"broken\"}")]
    [InlineData("{\"type\":\"invoke\",\"name\":\"message/submitAction\",\"value\":{\"actionValue\":{\"reaction\":42}}}")]
    [InlineData("{\"type\":\"invoke\",\"name\":\"composeExtension/query\",\"value\":{}}")]
    [InlineData("{\"type\":\"messageReaction\",\"reactionsAdded\":[{\"type\":\"like\"}]}")]
    [InlineData("{\"type\":\"message\",\"text\":\"<at>FAQボット</at>\",\"entities\":[{\"type\":\"mention\",\"mentioned\":null},7,\"x\"],\"channelData\":[1]}")]
    [InlineData("{\"type\":\"conversationUpdate\",\"membersAdded\":[{}],\"channelData\":{\"tenant\":null}}")]
    [InlineData("{\"type\":\"installationUpdate\",\"action\":{\"nested\":true}}")]
    public async Task Unknown_or_broken_teams_fields_never_fail_a_turn(string partial)
    {
        using var partialDoc = JsonDocument.Parse(partial);
        var merged = new Dictionary<string, object?>
        {
            ["channelId"] = "msteams",
            ["serviceUrl"] = _connector.ServiceUrl.ToString(),
            ["from"] = new { id = TeamsPayloads.UserId },
            ["recipient"] = new { id = TeamsPayloads.BotId },
            ["conversation"] = new { id = "19:odd@thread.tacv2;messageid=1", conversationType = "channel" },
            ["id"] = "1",
        };
        foreach (var property in partialDoc.RootElement.EnumerateObject())
        {
            merged[property.Name] = property.Value.Clone();
        }

        using var response = await PostAsync(JsonSerializer.Serialize(merged));

        Assert.True(response.StatusCode is HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain(_server.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }
}

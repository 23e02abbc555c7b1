using System.Text.Json;

namespace FaqBot.Tests.Channels.Teams;

/// <summary>Teams activities shaped as Microsoft's Teams bot documentation shows them (ids are made up, the fields and
/// their nesting are Teams'): channel message with a mention, thread reply, personal chat with its text/html copy,
/// the bot added to a team, installationUpdate, card submit, adaptiveCard/action and message/submitAction.</summary>
internal sealed class TeamsPayloads(Uri serviceUrl)
{
    public const string BotId = "28:6f1b3a52-1c1d-4a4e-9b7e-0d7e3c2a9f10";
    public const string BotName = "FAQボット";
    public const string HrTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string OtherTenant = "0d2f7a3e-5b1c-4e8f-a6d9-3c4b5a6e7f80";
    public const string Team = "19:efa9296d959346209fea44151c742e73@thread.tacv2";
    public const string UserId = "29:1I9Is_Sx0OIy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzXXXXXXX";

    private static readonly object BotAccount = new { id = BotId, name = BotName };
    private static readonly object User = new { id = UserId, name = "人事 花子", aadObjectId = "2f3c4d5e-6a7b-4c8d-9e0f-1a2b3c4d5e6f" };

    private object ChannelData(string tenant) => new
    {
        teamsChannelId = Team,
        teamsTeamId = Team,
        channel = new { id = Team },
        team = new { id = Team },
        tenant = new { id = tenant },
    };

    /// <summary>A question posted in a channel, mentioning the bot (the post starts a thread: its own id).</summary>
    public string ChannelMention(string question, string tenant, string id = "1481567603816", string? threadRoot = null) =>
        JsonSerializer.Serialize(new
        {
            type = "message",
            id,
            timestamp = "2026-12-02T01:00:00.000Z",
            localTimestamp = "2026-12-02T10:00:00.000+09:00",
            serviceUrl = serviceUrl.ToString(),
            channelId = "msteams",
            from = User,
            conversation = new { isGroup = true, conversationType = "channel", tenantId = tenant, id = $"{Team};messageid={threadRoot ?? id}" },
            recipient = BotAccount,
            textFormat = "plain",
            text = $"<at>{BotName}</at>&nbsp;{question}\n",
            attachments = new object[]
            {
                new { contentType = "text/html", content = $"<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">{BotName}</span>&nbsp;{question}</div></div>" },
            },
            entities = new object[]
            {
                new { type = "mention", mentioned = BotAccount, text = $"<at>{BotName}</at>" },
                new { type = "clientInfo", locale = "ja-JP", country = "JP", platform = "Web", timezone = "Asia/Tokyo" },
                new { type = "https://schema.org/NewThing", future = new[] { 1, 2 } },
            },
            channelData = ChannelData(tenant),
            locale = "ja-JP",
            localTimezone = "Asia/Tokyo",
        });

    /// <summary>A one-on-one message (Teams adds a text/html copy of the text as an attachment).</summary>
    public string Personal(string text, string tenant, string conversation = "a:1Qh3kKzL9pVxPersonalChat", string id = "1590000000001", object? value = null) =>
        JsonSerializer.Serialize(new
        {
            type = "message",
            id,
            timestamp = "2026-12-02T01:00:00.000Z",
            serviceUrl = serviceUrl.ToString(),
            channelId = "msteams",
            from = User,
            conversation = new { conversationType = "personal", tenantId = tenant, id = conversation },
            recipient = BotAccount,
            textFormat = "plain",
            text,
            value,
            attachments = new object[] { new { contentType = "text/html", content = $"<p>{text}</p>" } },
            entities = new object[] { new { type = "clientInfo", locale = "ja-JP", country = "JP", platform = "Android" } },
            channelData = new { tenant = new { id = tenant } },
            locale = "ja-JP",
        });

    /// <summary>The bot was added to a team (membersAdded holds the bot, eventType teamMemberAdded).</summary>
    public string BotAddedToTeam(string tenant, string memberId = BotId) => JsonSerializer.Serialize(new
    {
        membersAdded = new object[] { new { id = memberId } },
        type = "conversationUpdate",
        timestamp = "2026-12-02T01:00:00.000Z",
        id = "f:5f85c2ad",
        channelId = "msteams",
        serviceUrl = serviceUrl.ToString(),
        from = User,
        conversation = new { isGroup = true, conversationType = "channel", tenantId = tenant, id = Team },
        recipient = BotAccount,
        channelData = new
        {
            team = new { id = Team, name = "人事部", aadGroupId = "9d1f3c2e-8b7a-4c1f-9e2d-3b4a5c6d7e8f" },
            eventType = "teamMemberAdded",
            tenant = new { id = tenant },
        },
    });

    /// <summary>The app was installed in a team.</summary>
    public string InstallationAdded(string tenant) => JsonSerializer.Serialize(new
    {
        type = "installationUpdate",
        action = "add",
        id = "f:7a11b3c4",
        timestamp = "2026-12-02T01:00:01.000Z",
        channelId = "msteams",
        serviceUrl = serviceUrl.ToString(),
        from = User,
        conversation = new { isGroup = true, conversationType = "channel", tenantId = tenant, id = Team },
        recipient = BotAccount,
        channelData = new { settings = new { selectedChannel = new { id = Team } }, team = new { id = Team }, source = new { name = "message" }, tenant = new { id = tenant } },
        entities = new object[] { new { type = "clientInfo", locale = "ja-JP" } },
    });

    /// <summary>An Action.Execute press (Universal Actions).</summary>
    public string AdaptiveCardAction(object data, string tenant, string conversation = "a:1Qh3kKzL9pVxPersonalChat") => JsonSerializer.Serialize(new
    {
        type = "invoke",
        name = "adaptiveCard/action",
        id = "f:invoke-1",
        timestamp = "2026-12-02T01:00:02.000Z",
        channelId = "msteams",
        serviceUrl = serviceUrl.ToString(),
        from = User,
        conversation = new { conversationType = "personal", tenantId = tenant, id = conversation },
        recipient = BotAccount,
        replyToId = "1590000000009",
        value = new { action = new { type = "Action.Execute", id = "act", verb = "faqbot.say", data }, trigger = "manual" },
        channelData = new { tenant = new { id = tenant }, source = new { name = "message" } },
        locale = "ja-JP",
    });

    /// <summary>Teams' own thumbs up/down on a bot message with feedbackLoopEnabled.</summary>
    public string SubmitAction(string reaction, string replyToId, string tenant, string conversation = "a:1Qh3kKzL9pVxPersonalChat") =>
        JsonSerializer.Serialize(new
        {
            type = "invoke",
            name = "message/submitAction",
            id = "f:invoke-2",
            channelId = "msteams",
            serviceUrl = serviceUrl.ToString(),
            from = User,
            conversation = new { conversationType = "personal", tenantId = tenant, id = conversation },
            recipient = BotAccount,
            replyToId,
            value = new { actionName = "feedback", actionValue = new { reaction, feedback = "{\"feedbackText\":\"電話番号 090-1234-5678 に連絡ください\"}" } },
            channelData = new { tenant = new { id = tenant } },
        });
}

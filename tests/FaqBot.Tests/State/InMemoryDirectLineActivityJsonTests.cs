using System.Text.Json;
using FaqBot.Bot.Schema;
using FaqBot.State;

namespace FaqBot.Tests.State;

/// <summary>An in-memory conversation's activity reads back byte for byte as it was serialized, whatever its text
/// holds, and a welcome that differs only in ids and timestamp is held once for every conversation.</summary>
public sealed class InMemoryDirectLineActivityJsonTests
{
    private const string Conversation = "Qm9vbXNoYWthbGFrYQ";
    private const string User = "dl_c29tZW1lbWJlcg";
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 12, 2, 5, 6, 7, TimeSpan.Zero).AddTicks(1_230_000);

    public static TheoryData<string, string, string> Activities => new()
    {
        // A plain welcome.
        { Conversation, User, "こんにちは。" },
        // The member's text naming the conversation, the member and the timestamp as JSON writes it.
        { Conversation, User, $"{Conversation} {User} \"2026-12-02T05:06:07.123+00:00\" {Conversation}{User}" },
        // A member id too short to cut, and one inside the conversation id.
        { Conversation, "dl", "dl dl dl" },
        { Conversation, "Qm9vbXNoYWth", "Qm9vbXNoYWth" },
        // Ids that JSON escapes (<, +, non-ASCII) are written as JSON wrote them.
        { "conv<+>ersation&id", "会員さんのＩＤです", "会員さんのＩＤです conv<+>ersation&id" },
    };

    [Theory]
    [MemberData(nameof(Activities))]
    public void An_activity_reads_back_exactly_as_it_was_serialized(string conversation, string user, string text)
    {
        var activity = Welcome(conversation, user, text);
        activity.LocalTimestamp = At.ToOffset(TimeSpan.FromHours(9));

        var stored = InMemoryDirectLineActivityJson.Cut(activity, At, conversation, user);

        Assert.Equal(SchemaJson.Serialize(activity), stored.Render(conversation, user, At));
    }

    [Fact]
    public void A_timestamp_that_stands_twice_is_kept_and_reads_back_exactly()
    {
        var activity = Welcome(Conversation, User, "x");
        activity.LocalTimestamp = At;

        var stored = InMemoryDirectLineActivityJson.Cut(activity, At, Conversation, User);

        Assert.Equal(SchemaJson.Serialize(activity), stored.Render(Conversation, User, At));
    }

    [Fact]
    public void Two_conversations_welcomes_are_held_once_and_each_reads_its_own_ids_and_time()
    {
        var cache = new InMemoryDirectLineActivityJsonCache();
        var later = At.AddMinutes(3);
        var a = Welcome(Conversation, User, "こんにちは。");
        var b = Welcome("b3RoZXJjb252ZXJzYXRpb24", "dl_YW5vdGhlcm1lbWJlcg", "こんにちは。");
        b.Timestamp = later;

        var heldA = InMemoryDirectLineActivityJson.Cut(a, At, Conversation, User, cache);
        var heldB = InMemoryDirectLineActivityJson.Cut(b, later, "b3RoZXJjb252ZXJzYXRpb24", "dl_YW5vdGhlcm1lbWJlcg", cache);
        var changed = InMemoryDirectLineActivityJson.Cut(Welcome(Conversation, User, "新しい挨拶"), At, Conversation, User, cache);
        var heldAgain = InMemoryDirectLineActivityJson.Cut(Welcome("YWdhaW5hbm90aGVyb25l", "dl_dGhpcmRtZW1iZXI", "こんにちは。"), At, "YWdhaW5hbm90aGVyb25l", "dl_dGhpcmRtZW1iZXI", cache);

        Assert.Same(heldA, heldB);
        Assert.NotSame(heldA, changed);
        // Whatever the cache holds by now, a later conversation reads its own welcome back as it was serialized.
        Assert.Equal(SchemaJson.Serialize(Welcome("YWdhaW5hbm90aGVyb25l", "dl_dGhpcmRtZW1iZXI", "こんにちは。")),
            heldAgain.Render("YWdhaW5hbm90aGVyb25l", "dl_dGhpcmRtZW1iZXI", At));
        Assert.Equal(SchemaJson.Serialize(a), heldA.Render(Conversation, User, At));
        var readB = JsonDocument.Parse(heldB.Render("b3RoZXJjb252ZXJzYXRpb24", "dl_YW5vdGhlcm1lbWJlcg", later)).RootElement;
        Assert.Equal("b3RoZXJjb252ZXJzYXRpb24|0000001", readB.GetProperty("id").GetString());
        Assert.Equal("dl_YW5vdGhlcm1lbWJlcg", readB.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(later, readB.GetProperty("timestamp").GetDateTimeOffset());
        Assert.Equal("新しい挨拶", JsonDocument.Parse(changed.Render(Conversation, User, At)).RootElement.GetProperty("text").GetString());
    }

    private static Activity Welcome(string conversation, string user, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = conversation + "|0000001",
        Timestamp = At,
        ChannelId = "directline",
        ServiceUrl = "http://127.0.0.1:3978",
        Conversation = new ConversationAccount { Id = conversation },
        From = new ChannelAccount { Id = "faqbot", Name = "FAQ", Role = "bot" },
        Recipient = new ChannelAccount { Id = user, Role = "user" },
        ReplyToId = conversation + "|start",
        Locale = "ja-JP",
        Text = text,
        TextFormat = "markdown",
    };
}

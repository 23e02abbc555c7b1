using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FaqBot.Tests.TestHosting;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Channels.DirectLine;

/// <summary>The self-hosted Direct Line 3.0 REST endpoint on a real Kestrel, with a small echo bot.</summary>
public sealed class DirectLineApiTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private FaqBotServer _server = null!;
    private HttpClient _http = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:MaxConversations"] = "3",
            ["DirectLine:MaxActivitiesPerConversation"] = "10",
            ["DirectLine:PageSize"] = "50",
            ["Bot:MaxRequestBodyBytes"] = "8192",
        }, services =>
        {
            TestBots.Use(services, new EchoBot());
            services.AddSingleton<TimeProvider>(_clock);
        });
        _http = _server.CreateClient();
        _client = new DirectLineClient(_http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_conversation_starts_with_the_welcome_and_echoes_the_member_with_server_ids()
    {
        var (conversationId, token, streamUrl) = await _client.StartAsync();

        Assert.StartsWith($"ws://{_server.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?", streamUrl);
        var first = await _client.GetActivitiesAsync(conversationId, token);
        Assert.Equal("1", first.GetProperty("watermark").GetString());
        var welcome = first.GetProperty("activities").EnumerateArray().Single();
        Assert.Equal("welcome", welcome.GetProperty("text").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());

        var id = await _client.PostMessageAsync(conversationId, token, "資格確認書とは", "client-42");

        var page = await _client.GetActivitiesAsync(conversationId, token, "1");
        var activities = page.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal("3", page.GetProperty("watermark").GetString());
        Assert.Equal(2, activities.Count);
        var mine = activities[0];
        Assert.Equal(id, mine.GetProperty("id").GetString());
        Assert.Equal(conversationId + "|0000002", id);
        Assert.Equal("client-42", mine.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("member", mine.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user", mine.GetProperty("from").GetProperty("role").GetString());
        var reply = activities[1];
        Assert.Equal("echo: 資格確認書とは", reply.GetProperty("text").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal(conversationId, reply.GetProperty("conversation").GetProperty("id").GetString());

        var nothingNew = await _client.GetActivitiesAsync(conversationId, token, "3");
        Assert.Empty(nothingNew.GetProperty("activities").EnumerateArray());
        Assert.Equal("3", nothingNew.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_touch_another()
    {
        var a = await _client.StartAsync();
        var b = await _client.StartAsync();

        foreach (var (method, path, json) in new (HttpMethod, string, string?)[]
        {
            (HttpMethod.Get, $"v3/directline/conversations/{b.ConversationId}/activities", null),
            (HttpMethod.Post, $"v3/directline/conversations/{b.ConversationId}/activities", "{\"type\":\"message\",\"text\":\"hi\"}"),
            (HttpMethod.Get, $"v3/directline/conversations/{b.ConversationId}?watermark=0", null),
            (HttpMethod.Get, $"v3/directline/conversations/{b.ConversationId}/stream?t={Uri.EscapeDataString(a.Token)}", null),
        })
        {
            using var response = await _client.SendAsync(method, path, a.Token, json);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        var bPage = await _client.GetActivitiesAsync(b.ConversationId, b.Token);
        Assert.Single(bPage.GetProperty("activities").EnumerateArray());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("garbage", HttpStatusCode.Forbidden)]
    [InlineData("a.b.c", HttpStatusCode.Forbidden)]
    public async Task Missing_or_forged_credentials_are_refused(string? token, HttpStatusCode expected)
    {
        var (conversationId, _, _) = await _client.StartAsync();
        using var response = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_token_with_a_rewritten_conversation_is_forged()
    {
        var a = await _client.StartAsync();
        var b = await _client.StartAsync();
        var parts = a.Token.Split('.');
        var payload = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]));
        var forged = parts[0] + "." + System.Buffers.Text.Base64Url.EncodeToString(
            Encoding.UTF8.GetBytes(payload.Replace(a.ConversationId, b.ConversationId, StringComparison.Ordinal))) + "." + parts[2];

        using var response = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{b.ConversationId}/activities", forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Tokens_expire_and_a_refreshed_token_outlives_the_old_one()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        _clock.Advance(TimeSpan.FromMinutes(15));
        using var refresh = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var grant = await refresh.Content.ReadFromJsonAsync<JsonElement>();
        var refreshed = grant.GetProperty("token").GetString()!;
        Assert.Equal(conversationId, grant.GetProperty("conversationId").GetString());

        _clock.Advance(TimeSpan.FromMinutes(20));

        using var expired = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        using var lateRefresh = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.Forbidden, lateRefresh.StatusCode);
        var page = await _client.GetActivitiesAsync(conversationId, refreshed);
        Assert.Single(page.GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task A_conversation_never_started_or_dropped_is_404()
    {
        var page = await _client.GetPageTokenAsync();
        var id = page.GetProperty("conversationId").GetString();
        using var notStarted = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}/activities",
            page.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.NotFound, notStarted.StatusCode);

        var first = await _client.StartAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _client.StartAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _client.StartAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _client.StartAsync(); // over the cap of 3: the least recently active goes
        using var dropped = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{first.ConversationId}/activities", first.Token);
        Assert.Equal(HttpStatusCode.NotFound, dropped.StatusCode);
    }

    [Fact]
    public async Task Posting_into_a_dropped_conversation_is_404_and_runs_no_turn()
    {
        var first = await _client.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await _client.StartAsync(); // the third goes over the cap of 3: the least recently active goes
        }
        var bot = (EchoBot)_server.Services.GetRequiredService<FaqBot.Bot.Adapter.IBot>();
        var turns = bot.Turns;

        using var post = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{first.ConversationId}/activities",
            first.Token, """{"type":"message","text":"資格確認書とは"}""");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(turns, bot.Turns);
    }

    [Fact]
    public async Task Idle_conversations_expire()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        _clock.Advance(TimeSpan.FromMinutes(61));
        using var refresh = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);

        // Refreshing keeps the token alive but is not activity: the idle conversation still goes after an hour.
        var (second, fresh, _) = await _client.StartAsync();
        for (var i = 0; i < 2; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(25));
            using var refreshed = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", fresh);
            fresh = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        }
        _clock.Advance(TimeSpan.FromMinutes(11));
        using var gone = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{second}/activities", fresh);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.NotEqual(conversationId, second);
    }

    [Fact]
    public async Task Only_the_newest_activities_are_kept()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        for (var i = 0; i < 8; i++)
        {
            await _client.PostMessageAsync(conversationId, token, "質問" + i, "c" + i);
        }

        var page = await _client.GetActivitiesAsync(conversationId, token);

        var activities = page.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(10, activities.Count);
        Assert.Equal("17", page.GetProperty("watermark").GetString());
        Assert.Equal("echo: 質問7", activities[^1].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    public async Task Bad_activities_are_refused_and_nothing_is_stored(string json, HttpStatusCode expected)
    {
        var (conversationId, token, _) = await _client.StartAsync();
        using var response = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, json);
        Assert.Equal(expected, response.StatusCode);
        Assert.Single((await _client.GetActivitiesAsync(conversationId, token)).GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task An_oversize_activity_is_413_and_an_unknown_type_is_stored_but_not_answered()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        using var huge = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            "{\"type\":\"message\",\"text\":\"" + new string('a', 20_000) + "\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        using var odd = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            "{\"type\":\"somethingNew\"}");
        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
        Assert.Equal(2, (await _client.GetActivitiesAsync(conversationId, token)).GetProperty("activities").GetArrayLength());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("99999999999999999999999")]
    [InlineData("")]
    public async Task Odd_watermarks_never_fail_the_poll(string watermark)
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var page = await _client.GetActivitiesAsync(conversationId, token, Uri.EscapeDataString(watermark));
        Assert.True(page.GetProperty("activities").GetArrayLength() <= 1);
    }

    [Fact]
    public async Task Tokens_generate_gives_a_token_for_a_conversation_it_then_starts()
    {
        using var generate = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null, "{\"user\":{\"id\":\"dl_member1\"}}");
        Assert.Equal(HttpStatusCode.OK, generate.StatusCode);
        var grant = await generate.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1800, grant.GetProperty("expires_in").GetInt32());

        using var start = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", grant.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var started = await start.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(grant.GetProperty("conversationId").GetString(), started.GetProperty("conversationId").GetString());

        using var again = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", grant.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Overlong_text_is_cut_before_it_is_stored_or_answered()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        await _client.PostMessageAsync(conversationId, token, new string('x', 5000));

        var page = await _client.GetActivitiesAsync(conversationId, token, "1");

        var texts = page.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToList();
        Assert.Equal(2000, texts[0].Length);
        Assert.Equal("echo: " + new string('x', 2000), texts[1]);
    }

    [Fact]
    public async Task The_site_secret_starts_conversations_and_is_never_handed_back()
    {
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:SiteSecret"] = "s3cret-for-servers" },
            services => TestBots.Use(services, new EchoBot()));
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);

        using var anonymous = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var wrong = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", "guess");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);

        using var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", "s3cret-for-servers");
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var started = await start.Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("conversationId").GetString();
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}", "s3cret-for-servers");
        var body = await reconnect.Content.ReadAsStringAsync();
        Assert.DoesNotContain("s3cret-for-servers", body);
        Assert.DoesNotContain("s3cret-for-servers", started.GetRawText());
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaqBot.Bot.Adapter;
using FaqBot.Tests.TestHosting;
using Microsoft.IdentityModel.Tokens;

namespace FaqBot.Tests.Bot.Auth;

/// <summary>The Bot Framework authentication spec on real Kestrel: tokens signed with test RSA keys published by a
/// loopback OpenID metadata + JWKS server; replies reach a loopback Connector with a bearer token MSAL got from a
/// loopback token endpoint. Every token that breaks a rule is a 401 and the bot never runs.</summary>
public sealed class BotFrameworkAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "6f1b2c3d-0000-4000-8000-00000000b07a";
    private const string ChannelIssuer = "https://api.botframework.com";

    private readonly EchoBot _bot = new();
    private BotFrameworkLogin _login = null!;
    private TestConnector _connector = null!;
    private FaqBotServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _login = await BotFrameworkLogin.StartAsync();
        _connector = await TestConnector.StartAsync();
        _server = await FaqBotServer.StartAsync(_login.Settings(AppId), services =>
        {
            TestBots.Use(services, _bot);
            _login.TrustFrom(services);
        });
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        await _connector.DisposeAsync();
        await _login.DisposeAsync();
    }

    private string ServiceUrl => _connector.ServiceUrl.ToString();

    private Dictionary<string, object> ChannelClaims(string? serviceUrl = null) => new()
    {
        ["iss"] = ChannelIssuer,
        ["aud"] = AppId,
        ["serviceurl"] = serviceUrl ?? ServiceUrl,
    };

    private static DateTime Now => DateTime.UtcNow;

    private string ValidToken() => _login.ChannelKey.Mint(ChannelClaims(), Now.AddMinutes(-1), Now.AddMinutes(30));

    private Task<HttpResponseMessage> PostAsync(string? token, string channelId = "msteams", string type = "message", string text = "資格確認書をなくした",
        string? serviceUrl = null, string id = "act-1")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                type,
                id,
                channelId,
                serviceUrl = serviceUrl ?? ServiceUrl,
                from = new { id = "29:hr-user", name = "人事 担当" },
                recipient = new { id = "28:" + AppId, name = "FAQボット" },
                conversation = new { id = "19:hr-channel@thread.tacv2;messageid=1700000000000" },
                text,
            }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_reply_carries_an_msal_token()
    {
        using var first = await PostAsync(ValidToken());
        using var second = await PostAsync(ValidToken(), id: "act-2", text: "もう一つ");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var reply = await _connector.NextAsync();
        Assert.Equal("echo: 資格確認書をなくした", reply.Activity.Text);
        Assert.Equal("/v3/conversations/19:hr-channel@thread.tacv2;messageid=1700000000000/activities/act-1", reply.Path);
        Assert.Equal("Bearer " + BotFrameworkLogin.AccessToken(1), reply.Authorization);
        Assert.Equal("Bearer " + BotFrameworkLogin.AccessToken(1), (await _connector.NextAsync()).Authorization); // cached
        var asked = Assert.Single(_login.TokenRequests);
        Assert.Equal("client_credentials", asked["grant_type"]);
        Assert.Equal(AppId, asked["client_id"]);
        Assert.Equal("test-secret-not-real", asked["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", asked["scope"]);
        Assert.Equal("botframework.com", asked["tenant"]);
        Assert.Equal(2, _bot.Turns);
    }

    [Fact]
    public async Task Tokens_within_five_minutes_of_skew_and_signed_with_rs512_are_accepted()
    {
        var justExpired = _login.ChannelKey.Mint(ChannelClaims(), Now.AddMinutes(-60), Now.AddMinutes(-3));
        var almostValid = _login.ChannelKey.Mint(ChannelClaims(), Now.AddMinutes(3), Now.AddMinutes(60));
        var rs512 = _login.ChannelKey.Mint(ChannelClaims(), Now.AddMinutes(-1), Now.AddMinutes(30), SecurityAlgorithms.RsaSha512);

        foreach (var token in new[] { justExpired, almostValid, rs512 })
        {
            using var response = await PostAsync(token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(3, _bot.Turns);
    }

    public static TheoryData<string, string> WrongTokens => new()
    {
        { "none", "bearer token" },
        { "expired", "expiry" },
        { "not yet valid", "not-before" },
        { "wrong audience", "audience" },
        { "wrong issuer", "issuer" },
        { "unknown key", "signing key" },
        { "forged key with a known kid", "signature" },
        { "alg none", "" },
        { "HS256 with a guessed secret", "" },
        { "missing endorsement", "endorsements" },
        { "serviceurl mismatch", "serviceurl" },
        { "no serviceurl", "serviceurl" },
        { "garbage", "" },
    };

    [Theory]
    [MemberData(nameof(WrongTokens))]
    public async Task Every_wrong_token_is_a_401_naming_the_check_in_the_log_never_the_token(string wrong, string check)
    {
        var claims = ChannelClaims();
        DateTime from = Now.AddMinutes(-1), until = Now.AddMinutes(30);
        var token = wrong switch
        {
            "none" => null,
            "expired" => _login.ChannelKey.Mint(claims, Now.AddMinutes(-70), Now.AddMinutes(-10)),
            "not yet valid" => _login.ChannelKey.Mint(claims, Now.AddMinutes(10), Now.AddMinutes(70)),
            "wrong audience" => _login.ChannelKey.Mint(new Dictionary<string, object>(claims) { ["aud"] = "someone-elses-bot" }, from, until),
            "wrong issuer" => _login.ChannelKey.Mint(new Dictionary<string, object>(claims) { ["iss"] = "https://evil.example" }, from, until),
            "unknown key" => new TestSigningKey("rotated-key-2", ["msteams"]).Mint(claims, from, until),
            "forged key with a known kid" => new TestSigningKey("channel-key-1", ["msteams"]).Mint(claims, from, until),
            "alg none" => TestSigningKey.Unsigned(claims, from, until),
            "HS256 with a guessed secret" => TestSigningKey.SignedWithSecret(claims, from, until, "test-secret-not-real"),
            "missing endorsement" => _login.SkypeOnlyKey.Mint(claims, from, until),
            "serviceurl mismatch" => _login.ChannelKey.Mint(ChannelClaims("https://smba.trafficmanager.net/jp/"), from, until),
            "no serviceurl" => _login.ChannelKey.Mint(new Dictionary<string, object> { ["iss"] = ChannelIssuer, ["aud"] = AppId }, from, until),
            _ => "eyJhbGciOiJSUzI1NiJ9.not-json.AAAA",
        };

        using var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, _bot.Turns);
        Assert.Empty(_connector.Drain());
        var refusal = Assert.Single(_server.Logs.Lines, line => line.Contains("check failed", StringComparison.Ordinal));
        Assert.Contains(check, refusal);
        if (token is not null)
        {
            Assert.DoesNotContain(_server.Logs.Lines, line => line.Contains(token.Split('.')[0] + "." + token.Split('.')[1], StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task An_emulator_token_from_entra_is_accepted_for_a_loopback_service_url()
    {
        var token = _login.EntraKey.Mint(new Dictionary<string, object>
        {
            ["iss"] = $"https://login.microsoftonline.com/{BotFrameworkLogin.EmulatorTenant}/v2.0",
            ["aud"] = AppId,
            ["azp"] = AppId,
            ["ver"] = "2.0",
        }, Now.AddMinutes(-1), Now.AddMinutes(30));

        using var response = await PostAsync(token, channelId: "emulator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer " + BotFrameworkLogin.AccessToken(1), (await _connector.NextAsync()).Authorization);
    }

    [Fact]
    public async Task An_entra_token_of_another_tenant_is_refused()
    {
        var token = _login.EntraKey.Mint(new Dictionary<string, object>
        {
            ["iss"] = "https://login.microsoftonline.com/0badc0de-0000-4000-8000-000000000000/v2.0",
            ["aud"] = AppId,
        }, Now.AddMinutes(-1), Now.AddMinutes(30));

        using var response = await PostAsync(token, channelId: "emulator");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task A_reply_is_never_sent_with_a_token_to_a_service_url_no_token_vouched_for()
    {
        await using var elsewhere = await TestConnector.StartAsync();
        var rerouting = new ReroutingBot(elsewhere.ServiceUrl.ToString());
        await using var server = await FaqBotServer.StartAsync(_login.Settings(AppId), services =>
        {
            TestBots.Use(services, rerouting);
            _login.TrustFrom(services);
        });
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                type = "message", id = "x-1", channelId = "msteams", serviceUrl = ServiceUrl, text = "hi",
                conversation = new { id = "c-1" }, from = new { id = "u" }, recipient = new { id = "b" },
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ValidToken());

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, elsewhere.Attempts);
        Assert.Contains(server.Logs.Lines, line => line.Contains("came in no validated token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_huge_or_hostile_authorization_header_is_refused_without_harm()
    {
        using var huge = await PostAsync(new string('A', 20_000) + "." + new string('B', 5_000) + ".C");
        using var twoParts = await PostAsync("a.b");
        using var valid = await PostAsync(ValidToken());

        Assert.Equal(HttpStatusCode.Unauthorized, huge.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, twoParts.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
    }

    /// <summary>Replies to an address of its own choosing, as a compromised or buggy bot might.</summary>
    private sealed class ReroutingBot(string serviceUrl) : IBot
    {
        public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            var reply = turn.Activity.CreateReply("elsewhere");
            reply.ServiceUrl = serviceUrl;
            return turn.SendActivityAsync(reply, cancellationToken);
        }
    }
}

/// <summary>A SingleTenant bot (the common case since mid-2025): its own tenant's Entra tokens are accepted, and
/// outbound tokens come from that tenant.</summary>
public sealed class SingleTenantAuthenticationTests
{
    private const string AppId = "0a1b2c3d-1111-4000-8000-00000000b07a";
    private const string Tenant = "7e57c0de-2222-4000-8000-0000000000ab";

    [Fact]
    public async Task The_bots_own_tenant_signs_in_and_replies_get_a_token_from_that_tenant()
    {
        await using var login = await BotFrameworkLogin.StartAsync();
        await using var connector = await TestConnector.StartAsync();
        var bot = new EchoBot();
        await using var server = await FaqBotServer.StartAsync(login.Settings(AppId, "SingleTenant", Tenant), services =>
        {
            TestBots.Use(services, bot);
            login.TrustFrom(services);
        });
        using var client = server.CreateClient();
        var token = login.EntraKey.Mint(new Dictionary<string, object>
        {
            ["iss"] = $"https://sts.windows.net/{Tenant}/",
            ["aud"] = AppId,
            ["serviceurl"] = connector.ServiceUrl.ToString(),
        }, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                type = "message", id = "st-1", channelId = "msteams", serviceUrl = connector.ServiceUrl.ToString(), text = "返却の手続き",
                conversation = new { id = "a:personal-chat" }, from = new { id = "29:hr" }, recipient = new { id = "28:" + AppId },
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer " + BotFrameworkLogin.AccessToken(1), (await connector.NextAsync()).Authorization);
        Assert.Equal(Tenant, Assert.Single(login.TokenRequests)["tenant"]);
    }
}

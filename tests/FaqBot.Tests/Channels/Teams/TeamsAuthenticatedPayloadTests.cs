using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaqBot.Tests.Dialogs;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Channels.Teams;

/// <summary>The same Teams channel message, as Azure Bot Service delivers it to a registered SingleTenant bot: signed
/// by the channel's key (loopback OpenID metadata), answered in its thread through the Connector with a bearer token
/// obtained through MSAL.</summary>
public sealed class TeamsAuthenticatedPayloadTests : IAsyncLifetime
{
    private const string AppId = "6f1b3a52-1c1d-4a4e-9b7e-0d7e3c2a9f10";
    private BotFrameworkLogin _login = null!;
    private TestConnector _connector = null!;
    private FaqBotServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _login = await BotFrameworkLogin.StartAsync();
        _connector = await TestConnector.StartAsync();
        var settings = _login.Settings(AppId, "SingleTenant", TeamsPayloads.HrTenant);
        settings["Teams:HrTenantIds:0"] = TeamsPayloads.HrTenant;
        settings["Bot:TypingDelay"] = "00:00:00";
        _server = await FaqBotServer.StartAsync(settings, services => _login.TrustFrom(services));
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        await _connector.DisposeAsync();
        await _login.DisposeAsync();
    }

    [Fact]
    public async Task A_signed_channel_mention_from_an_hr_tenant_is_answered_in_its_thread_with_a_bearer_token()
    {
        var token = _login.ChannelKey.Mint(new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = AppId,
            ["serviceurl"] = _connector.ServiceUrl.ToString(),
        }, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30));
        var json = new TeamsPayloads(_connector.ServiceUrl).ChannelMention("新入社員の資格確認書", TeamsPayloads.HrTenant)
            .Replace(TeamsPayloads.BotId, "28:" + AppId, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await _connector.NextAsync();
        Assert.Equal($"/v3/conversations/{TeamsPayloads.Team};messageid=1481567603816/activities/1481567603816", call.Path);
        Assert.Equal("Bearer " + BotFrameworkLogin.AccessToken(1), call.Authorization);
        var card = Assert.Single(call.Activity.Attachments!).Content!.Value;
        Assert.Equal(RealFaqSearcher.Instance.GetEntry("hr-new-hire")!.Question, CardText.TextsOf(card)[0]);
    }
}

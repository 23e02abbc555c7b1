using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Bot.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using FaqBot.Tests.TestHosting;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Bot.Auth;

/// <summary>Anonymous mode (no MicrosoftAppId): replies go only to this machine (the Emulator) or to configured service
/// URLs; and settings that cannot work stop the service at start-up, naming the key. Tokens: see
/// <see cref="BotFrameworkAuthenticationTests"/>.</summary>
public sealed class AuthenticationTests
{
    [Fact]
    public async Task Invalid_limits_stop_the_service_at_start_up_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => FaqBotServer.StartAsync(
            new Dictionary<string, string?> { ["Bot:MaxTextLength"] = "0" }));
        Assert.Contains("Bot:MaxTextLength", error.Message);
    }

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://localhost.example.com/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("https://smba.trafficmanager.net/jp/../evil/")]
    public async Task Without_an_app_id_replies_to_another_machine_are_refused(string serviceUrl)
    {
        var bot = new EchoBot();
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AnonymousServiceUrls:0"] = "https://smba.trafficmanager.net/jp/",
        }, services => TestBots.Use(services, bot));
        using var client = server.CreateClient();

        using var response = await client.PostAsync("api/messages", Message(serviceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bot:AnonymousServiceUrls", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("http://localhost:{port}/")]
    [InlineData("http://127.0.0.1:{port}/")]
    public async Task Without_an_app_id_replies_go_to_this_machine(string template)
    {
        await using var connector = await TestConnector.StartAsync();
        var bot = new EchoBot();
        var serviceUrl = template.Replace("{port}", connector.ServiceUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await FaqBotServer.StartAsync(null, services => TestBots.Use(services, bot));
        using var client = server.CreateClient();

        using var response = await client.PostAsync("api/messages", Message(serviceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, bot.Turns);
        Assert.Equal("echo: hi", (await connector.NextAsync()).Activity.Text);
    }

    [Theory]
    [InlineData("http://[::1]:3978/", true)]
    [InlineData("http://127.1.2.3/", true)]
    [InlineData("http://LOCALHOST:50000/", true)]
    [InlineData("https://smba.trafficmanager.net/jp/", true)]
    [InlineData("https://smba.trafficmanager.net/jp/v3/conversations", true)]
    [InlineData("https://SMBA.trafficmanager.net:443/jp/", true)]
    [InlineData("https://smba.trafficmanager.net/jpx/", false)]
    [InlineData("https://smba.trafficmanager.net/", false)]
    [InlineData("http://smba.trafficmanager.net/jp/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/jp/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/jp/", false)]
    public void Loopback_addresses_and_a_listed_url_with_its_own_path_are_allowed(string serviceUrl, bool allowed)
    {
        var trust = new ServiceUrlTrust(
            new StaticOptionsMonitor<BotOptions>(new BotOptions { AnonymousServiceUrls = ["https://smba.trafficmanager.net/jp"] }),
            TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<ServiceUrlTrust>.Instance);
        Assert.Equal(allowed, trust.IsAllowedAnonymously(serviceUrl));
    }

    [Theory]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", "ToBotFromChannelOpenIdMetadataUrl")]
    [InlineData("ToBotFromEmulatorOpenIdMetadataUrl", "http://login.microsoftonline.com/x", "ToBotFromEmulatorOpenIdMetadataUrl")]
    [InlineData("ToChannelFromBotLoginUrl", "http://127.0.0.1:1/botframework.com", "ToChannelFromBotLoginUrl")]
    [InlineData("MicrosoftAppType", "SingleTenant", "MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppType", "TripleTenant", "MicrosoftAppType")]
    [InlineData("MicrosoftAppPassword", "", "MicrosoftAppPassword")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "not a url", "ToBotFromChannelOpenIdMetadataUrl")]
    public async Task Bot_identity_settings_that_cannot_work_stop_the_service_naming_the_key(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = "http://127.0.0.1:9/botframework.com/v2.0/.well-known/openid-configuration",
            [key] = value,
        };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => FaqBotServer.StartAsync(settings));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task A_listed_url_that_is_not_a_url_stops_the_service_at_start_up_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => FaqBotServer.StartAsync(
            new Dictionary<string, string?> { ["Bot:AnonymousServiceUrls:0"] = "smba.trafficmanager.net" }));
        Assert.Contains("Bot:AnonymousServiceUrls:0", error.Message);
    }

    [Fact]
    public async Task A_bot_that_cannot_be_built_stops_the_service_with_a_critical_log_line()
    {
        await using var server = await FaqBotServer.StartAsync(null, services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot>(_ => throw new IOException("content/faq is unreadable"));
        });
        var lifetime = server.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource();
        lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

        try
        {
            await stopping.Task.WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Contains(server.Logs.Lines, line => line.Contains("could not be built", StringComparison.Ordinal)
                && line.Contains("content/faq is unreadable", StringComparison.Ordinal));
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0; // the test host's own exit code
        }
    }

    private static StringContent Message(string serviceUrl) => new(
        "{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"" + serviceUrl + "\"}",
        Encoding.UTF8, "application/json");
}

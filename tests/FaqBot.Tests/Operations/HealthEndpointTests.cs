using System.Net;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Tests.TestHosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaqBot.Tests.Operations;

/// <summary>/health/live and /health/ready on a real Kestrel: ready only once the bot can answer.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Ready_is_503_while_the_bot_is_built_and_200_once_it_can_answer()
    {
        var gate = new ManualResetEventSlim();
        var bot = new EchoBot();
        await using var server = await FaqBotServer.StartAsync(null, services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot>(_ =>
            {
                gate.Wait(TimeSpan.FromSeconds(30)); // the content and index take this long to build
                return bot;
            });
        });
        using var client = server.CreateClient();

        using (var live = await client.GetAsync("health/live"))
        using (var starting = await client.GetAsync("health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.StatusCode);
            Assert.Equal("Unhealthy", await starting.Content.ReadAsStringAsync());
        }

        gate.Set();
        Assert.Equal(HttpStatusCode.OK, await PollReadyAsync(client));
    }

    [Fact]
    public async Task The_real_bot_becomes_ready_with_the_bundled_content()
    {
        await using var server = await FaqBotServer.StartAsync();
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await PollReadyAsync(client));
        using var ready = await client.GetAsync("health/ready");
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    private static async Task<HttpStatusCode> PollReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync("health/ready");
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return response.StatusCode;
            }
            await Task.Delay(20);
        }
    }
}

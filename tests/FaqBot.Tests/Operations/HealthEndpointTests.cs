using System.Net;
using System.Text.Json;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Operations;

/// <summary>/health/live and /health/ready on a real Kestrel: ready only once the first FAQ index is live.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Ready_is_503_while_the_first_index_is_built_and_200_once_it_answers()
    {
        // An entry file that is a FIFO: the background build blocks reading it until the test writes the entry.
        using var content = TestContent.Create();
        var fifo = Path.Combine(content.Path, "faq", "slow.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?> { ["Content:Path"] = content.Path });
        using var client = server.CreateClient();

        using (var live = await client.GetAsync("health/live"))
        using (var starting = await client.GetAsync("health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.StatusCode);
            var json = JsonDocument.Parse(await starting.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Unhealthy", json.GetProperty("status").GetString());
            Assert.Equal("The FAQ index is being built.", json.GetProperty("checks").GetProperty("content").GetProperty("description").GetString());
        }

        await File.WriteAllTextAsync(fifo, TestContent.Entry("slow", "遅い質問ですか？", "遅い回答です。"));
        Assert.Equal(HttpStatusCode.OK, await PollReadyAsync(client));
    }

    [Fact]
    public async Task The_real_bot_becomes_ready_with_the_bundled_content()
    {
        await using var server = await FaqBotServer.StartAsync();
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await PollReadyAsync(client));
        using var ready = await client.GetAsync("health/ready");
        var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        var check = json.GetProperty("checks").GetProperty("content");
        Assert.True(check.GetProperty("entries").GetInt32() > 40);
        Assert.Equal(1, check.GetProperty("generation").GetInt32());
    }

    internal static async Task<HttpStatusCode> PollReadyAsync(HttpClient client)
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

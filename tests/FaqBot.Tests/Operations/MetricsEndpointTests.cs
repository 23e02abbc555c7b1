using System.Net;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Operations;

/// <summary>/metrics in Prometheus text format on a real Kestrel, after real turns through Direct Line.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Turns_searches_and_http_durations_are_exported()
    {
        await using var server = await FaqBotServer.StartAsync();
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);
        var (conversationId, token, _) = await client.StartAsync();
        await client.PostMessageAsync(conversationId, token, "資格確認書の有効期限はいつまでですか");

        // The exporter caches a scrape briefly; read until the turn shows up.
        var text = string.Empty;
        for (var i = 0; i < 50 && !text.Contains("faqbot_search_duration", StringComparison.Ordinal); i++)
        {
            using var response = await http.GetAsync("metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
            await Task.Delay(200);
        }
        Assert.Contains("faqbot_turns_total{", text);
        Assert.Contains("channel=\"directline\"", text);
        Assert.Contains("status=\"answered\"", text);
        Assert.Contains("faqbot_search_duration_seconds_bucket", text);
        Assert.Contains("http_server_request_duration_seconds_bucket", text);
        Assert.DoesNotContain("資格確認書", text);
    }
}

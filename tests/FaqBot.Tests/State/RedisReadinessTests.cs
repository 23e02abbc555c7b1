using System.Net;
using System.Text.Json;
using FaqBot.Tests.Operations;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.State;

/// <summary>Readiness of an instance whose Redis (a real redis-server, stopped) is down at start: 503 with the reason in
/// the JSON an operator or load balancer reads, and ready by itself once Redis answers.</summary>
public sealed class RedisReadinessTests
{
    [Fact]
    public async Task Redis_stopped_at_start_makes_readiness_503_with_the_reason_until_it_is_started()
    {
        await using var redis = await RedisServer.StartAsync();
        await redis.KillAsync();
        await using var server = await FaqBotServer.StartAsync(RedisTestSettings.For(redis.ConnectionString));
        using var client = server.CreateClient();

        using (var live = await client.GetAsync("health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        var (status, json) = await ReadyAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", json.GetProperty("status").GetString());
        var check = json.GetProperty("checks").GetProperty("redis");
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        var reason = check.GetProperty("description").GetString()!;
        // Where, and why in words an operator knows: a stopped server refuses the connection.
        Assert.Equal($"Redis is not reachable at 127.0.0.1:{redis.Port}: UnableToConnect (Connection refused).", reason);

        await redis.RestartAsync();
        Assert.Equal(HttpStatusCode.OK, await HealthEndpointTests.PollReadyAsync(client));
        (_, json) = await ReadyAsync(client);
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("health/ready");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}

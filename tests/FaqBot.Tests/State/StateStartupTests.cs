using System.Net;
using FaqBot.Tests.TestHosting;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.State;

/// <summary>How an instance configured for Redis starts: a missing key is a start-up error naming it; Redis being down
/// leaves the instance up but not ready, with the reason.</summary>
public sealed class StateStartupTests
{
    [Fact]
    public async Task Redis_without_a_token_signing_key_stops_the_start_naming_the_key()
    {
        var settings = RedisTestSettings.For("127.0.0.1:1");
        settings.Remove("DirectLine:TokenSigningKey");
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => FaqBotServer.StartAsync(settings));
        Assert.Contains("DirectLine:TokenSigningKey is required when State:Provider is Redis", error.Message);
    }

    [Fact]
    public async Task Redis_without_a_connection_string_stops_the_start_naming_the_key()
    {
        var settings = RedisTestSettings.For("");
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => FaqBotServer.StartAsync(settings));
        Assert.Contains("ConnectionStrings:Redis is required", error.Message);
    }

    [Fact]
    public async Task An_unknown_provider_is_refused()
    {
        var settings = RedisTestSettings.For("127.0.0.1:1");
        settings["State:Provider"] = "Memcached";
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => FaqBotServer.StartAsync(settings));
    }

    [Fact]
    public async Task Redis_down_at_start_keeps_the_instance_live_but_not_ready_with_the_reason_in_the_log()
    {
        await using var server = await FaqBotServer.StartAsync(RedisTestSettings.For($"127.0.0.1:{FreePort.Next()}"));
        using var client = server.CreateClient();

        using var live = await client.GetAsync("health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpStatusCode status;
        string body;
        do
        {
            using var ready = await client.GetAsync("health/ready");
            status = ready.StatusCode;
            body = await ready.Content.ReadAsStringAsync();
            await Task.Delay(100);
        }
        while (status == HttpStatusCode.ServiceUnavailable && !server.Logs.Lines.Any(l => l.Contains("Redis is not reachable", StringComparison.Ordinal))
            && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains(server.Logs.Lines, l => l.Contains("Redis is not reachable", StringComparison.Ordinal));
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Protocol;

/// <summary>With MicrosoftAppId set, unsigned or unverifiable calls are refused before the bot runs.</summary>
public sealed class AuthenticationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-real-token")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDEifQ.")]
    public async Task With_an_app_id_calls_without_a_valid_token_get_401(string? authorization)
    {
        var bot = new EchoBot();
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "secret",
        }, services => TestBots.Use(services, bot));
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}",
                Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Invalid_limits_stop_the_service_at_start_up_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => FaqBotServer.StartAsync(
            new Dictionary<string, string?> { ["Bot:MaxTextLength"] = "0" }));
        Assert.Contains("Bot:MaxTextLength", error.Message);
    }
}

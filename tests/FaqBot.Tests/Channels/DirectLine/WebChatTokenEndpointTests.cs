using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FaqBot.Tests.TestHosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FaqBot.Tests.Channels.DirectLine;

/// <summary>The page's token endpoint in Azure mode: the secret is exchanged server-side with (a loopback stand-in
/// for) Azure Direct Line, and only the conversation token reaches the browser.</summary>
public sealed class WebChatTokenEndpointTests
{
    [Fact]
    public async Task With_a_secret_the_token_comes_from_azure_direct_line_and_the_secret_stays_on_the_server()
    {
        string? seenAuthorization = null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var azure = builder.Build();
        azure.MapPost("/v3/directline/tokens/generate", (HttpContext http) =>
        {
            seenAuthorization = http.Request.Headers.Authorization.ToString();
            return Results.Text("{\"conversationId\":\"azure-conv\",\"token\":\"azure-token\",\"expires_in\":3600}", "application/json");
        });
        await azure.StartAsync();
        var endpoint = azure.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v3/directline";

        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = "azure-secret-value",
            ["DirectLine:AzureEndpoint"] = endpoint,
        });
        using var client = server.CreateClient();
        using var response = await client.PostAsync("api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var grant = JsonDocument.Parse(body).RootElement;
        Assert.Equal("azure-token", grant.GetProperty("token").GetString());
        Assert.Equal("azure-conv", grant.GetProperty("conversationId").GetString());
        Assert.Equal(endpoint, grant.GetProperty("domain").GetString());
        Assert.Equal("Bearer azure-secret-value", seenAuthorization);
        Assert.DoesNotContain("azure-secret-value", body);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task When_azure_direct_line_is_unreachable_the_page_gets_a_502_not_a_crash()
    {
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = "azure-secret-value",
            ["DirectLine:AzureEndpoint"] = "http://127.0.0.1:9/v3/directline",
        });
        using var client = server.CreateClient();
        using var response = await client.PostAsync("api/webchat/token", null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain("azure-secret-value", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("azure-secret-value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Self_hosted_tokens_open_a_fresh_conversation_each_time()
    {
        await using var server = await FaqBotServer.StartAsync();
        using var client = server.CreateClient();
        var first = await (await client.PostAsync("api/webchat/token", null)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await client.PostAsync("api/webchat/token", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.NotEqual(first.GetProperty("conversationId").GetString(), second.GetProperty("conversationId").GetString());
        Assert.False(first.TryGetProperty("domain", out _));
        Assert.StartsWith("dl_", first.GetProperty("userId").GetString());
    }
}

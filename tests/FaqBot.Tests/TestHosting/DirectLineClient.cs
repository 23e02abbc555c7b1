using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FaqBot.Tests.TestHosting;

/// <summary>Speaks Direct Line 3.0 to the test server the way botframework-directlinejs does.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public async Task<JsonElement> GetPageTokenAsync()
    {
        using var response = await http.PostAsync("api/webchat/token", null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return http.SendAsync(request);
    }

    /// <summary>Page token, then POST /conversations: returns (conversationId, token, streamUrl).</summary>
    public async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync()
    {
        var page = await GetPageTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", page.GetProperty("token").GetString(), "{}");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!,
            body.GetProperty("streamUrl").GetString()!);
    }

    public async Task<JsonElement> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get,
            $"v3/directline/conversations/{conversationId}/activities" + (watermark is null ? "" : "?watermark=" + watermark), token);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string clientActivityId = "client-1")
    {
        var json = JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = "member", name = "会員", role = "user" },
            locale = "ja-JP",
            channelData = new { clientActivityID = clientActivityId, clientTimestamp = "2026-11-23T10:00:00.000Z" },
        });
        using var response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, json);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}

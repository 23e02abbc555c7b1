using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FaqBot.Benchmarks;

/// <summary>Opens a Direct Line conversation the way Web Chat does (page token, then POST conversations), for the
/// benchmarks that drive a real FaqBot process.</summary>
internal static class DirectLineStart
{
    /// <summary>The new conversation's id, its own token and its WebSocket address.</summary>
    public static async Task<(string Conversation, string Token, string StreamUrl)> OpenAsync(HttpClient http)
    {
        using var page = await http.PostAsync("api/webchat/token", null);
        page.EnsureSuccessStatusCode();
        var pageToken = (await page.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", pageToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!,
            body.GetProperty("streamUrl").GetString()!);
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace FaqBot.Benchmarks;

/// <summary>A member as Web Chat is one: page token, conversation, a WebSocket held open that receives every activity,
/// and questions posted over REST whose answers are awaited on the socket.</summary>
internal sealed class WebChatMember : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<JsonElement> _received = [];
    private Task _receiving = Task.CompletedTask;
    private string _conversationId = "";
    private string _token = "";

    private WebChatMember(HttpClient http) => _http = http;

    /// <summary>True while the server has not closed the member's stream.</summary>
    public bool StreamOpen => _socket.State == WebSocketState.Open && !_receiving.IsCompleted;

    /// <summary>Opens the chat from <paramref name="address"/> (sent as X-Forwarded-For) and waits for the welcome.</summary>
    public static async Task<WebChatMember> OpenAsync(Uri service, string address)
    {
        var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var member = new WebChatMember(http);
        var (conversation, token, streamUrl) = await DirectLineStart.OpenAsync(http);
        member._conversationId = conversation;
        member._token = token;
        await member._socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        member._receiving = member.ReceiveAsync();
        await member.WaitForAsync(a => Role(a) == "bot", TimeSpan.FromSeconds(20));
        return member;
    }

    /// <summary>Posts a question; true when the POST succeeded and the bot's answer to it arrived on the WebSocket.</summary>
    public async Task<bool> AskAsync(string question, TimeSpan timeout)
    {
        var json = JsonSerializer.Serialize(new { type = "message", text = question, from = new { id = "member", role = "user" } });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{_conversationId}/activities")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await _http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        return await WaitForAsync(a => Role(a) == "bot" && a.TryGetProperty("replyToId", out var reply) && reply.GetString() == id, timeout);
    }

    private async Task<bool> WaitForAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_received)
            {
                if (_received.Exists(a => match(a)))
                {
                    return true;
                }
            }
            await Task.Delay(20);
        }
        return false;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (true)
            {
                var total = 0;
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(new ArraySegment<byte>(buffer, total, buffer.Length - total), _stop.Token);
                    total += result.Count;
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
                if (total == 0)
                {
                    continue;
                }
                using var frame = JsonDocument.Parse(buffer.AsMemory(0, total));
                lock (_received)
                {
                    foreach (var activity in frame.RootElement.GetProperty("activities").EnumerateArray())
                    {
                        _received.Add(activity.Clone());
                    }
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed by either side; StreamOpen tells which.
        }
    }

    private static string? Role(JsonElement activity) =>
        activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) ? role.GetString() : null;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _receiving;
        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }
}

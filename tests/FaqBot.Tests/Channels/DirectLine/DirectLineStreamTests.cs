using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Channels.DirectLine;

/// <summary>The WebSocket stream, as botframework-directlinejs uses it, on a real Kestrel.</summary>
public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private FaqBotServer _server = null!;
    private HttpClient _http = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FaqBotServer.StartAsync(configureServices: services => TestBots.Use(services, new EchoBot()));
        _http = _server.CreateClient();
        _client = new DirectLineClient(_http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private static async Task<JsonElement> ReceiveFrameAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        var total = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(total), timeout.Token);
            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            total += result.Count;
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.AsMemory(0, total)).RootElement.Clone();
            }
        }
    }

    private static async Task<List<JsonElement>> ReceiveActivitiesAsync(ClientWebSocket socket, int count)
    {
        var activities = new List<JsonElement>();
        while (activities.Count < count)
        {
            var frame = await ReceiveFrameAsync(socket);
            activities.AddRange(frame.GetProperty("activities").EnumerateArray());
        }
        return activities;
    }

    [Fact]
    public async Task The_stream_replays_the_welcome_then_pushes_the_member_and_the_reply()
    {
        var (conversationId, token, streamUrl) = await _client.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);

        var first = await ReceiveFrameAsync(socket);
        Assert.Equal("1", first.GetProperty("watermark").GetString());
        Assert.Equal("welcome", first.GetProperty("activities")[0].GetProperty("text").GetString());

        // The client's keep-alive is an empty text message; it must not disturb the stream.
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        await _client.PostMessageAsync(conversationId, token, "マイナ保険証", "client-7");

        var pushed = await ReceiveActivitiesAsync(socket, 2);
        Assert.Equal("client-7", pushed[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("echo: マイナ保険証", pushed[1].GetProperty("text").GetString());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Reconnecting_with_a_watermark_replays_only_what_the_socket_missed()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        await _client.PostMessageAsync(conversationId, token, "一つ目", "c1");

        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=2", token);
        reconnect.EnsureSuccessStatusCode();
        var body = await reconnect.Content.ReadFromJsonAsync<JsonElement>();
        var streamUrl = body.GetProperty("streamUrl").GetString()!;
        Assert.Contains("watermark=2", streamUrl);
        Assert.Equal(conversationId, body.GetProperty("conversationId").GetString());

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        var frame = await ReceiveFrameAsync(socket);

        var only = Assert.Single(frame.GetProperty("activities").EnumerateArray());
        Assert.Equal("echo: 一つ目", only.GetProperty("text").GetString());
        Assert.Equal("3", frame.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task A_stream_without_a_valid_token_is_refused_before_the_upgrade()
    {
        var (_, _, streamUrl) = await _client.StartAsync();
        var tampered = streamUrl[..streamUrl.IndexOf("&t=", StringComparison.Ordinal)] + "&t=nope";
        using var socket = new ClientWebSocket();
        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(tampered), CancellationToken.None));
        Assert.Contains("403", error.Message);
    }

    [Fact]
    public async Task Many_messages_arrive_in_order_on_the_stream()
    {
        var (conversationId, token, streamUrl) = await _client.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        await ReceiveFrameAsync(socket);

        for (var i = 0; i < 20; i++)
        {
            await _client.PostMessageAsync(conversationId, token, "質問" + i, "c" + i);
        }

        var activities = await ReceiveActivitiesAsync(socket, 40);
        var texts = activities.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot")
            .Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 20).Select(i => "echo: 質問" + i), texts);
        Assert.Equal(activities.Select(a => a.GetProperty("id").GetString()).Distinct().Count(), activities.Count);
    }
}

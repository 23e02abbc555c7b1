using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FaqBot.Tests.TestHosting;

/// <summary>Reads a Direct Line WebSocket stream as Web Chat does: every activity of every frame, in order.</summary>
public static class WebSocketActivities
{
    // Activities a frame brought beyond the one a call looked for: one frame can hold the member's echo and the bot's
    // reply together (the stream read both after one wake-up), and the next call must still find the reply.
    private static readonly ConditionalWeakTable<ClientWebSocket, Queue<JsonElement>> Unread = new();

    public static async Task<JsonElement> ReceiveUntilAsync(ClientWebSocket socket, Func<JsonElement, bool> match)
    {
        var unread = Unread.GetOrCreateValue(socket);
        while (unread.TryDequeue(out var waiting))
        {
            if (match(waiting))
            {
                return waiting;
            }
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[256 * 1024];
        while (true)
        {
            var total = 0;
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, total, buffer.Length - total), timeout.Token);
                total += result.Count;
            }
            while (!result.EndOfMessage);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            if (total == 0)
            {
                continue;
            }
            var frame = JsonDocument.Parse(buffer.AsMemory(0, total)).RootElement;
            JsonElement? found = null;
            foreach (var activity in frame.GetProperty("activities").EnumerateArray())
            {
                if (found is null && match(activity))
                {
                    found = activity.Clone();
                }
                else if (found is not null)
                {
                    unread.Enqueue(activity.Clone());
                }
            }
            if (found is { } hit)
            {
                return hit;
            }
        }
    }
}

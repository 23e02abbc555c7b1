using System.Buffers;
using System.Net.WebSockets;
using FaqBot.State;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>The WebSocket activity stream: replays everything after the socket's watermark (so a welcome sent before
/// the socket opened is not lost), then pushes each new batch as <c>{"activities":[…],"watermark":"n"}</c>. The
/// client's "" keep-alives are read and dropped.</summary>
internal sealed class DirectLineStream(DirectLineApi api, IOptionsMonitor<DirectLineOptions> options,
    IHostApplicationLifetime lifetime, ILogger<DirectLineStream> log)
{
    public async Task HandleAsync(HttpContext http, string conversationId)
    {
        var (status, conversation) = await api.AuthorizeStreamAsync(http, conversationId);
        if (status != 0)
        {
            await Results.Problem(statusCode: status).ExecuteAsync(http);
            return;
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "A WebSocket upgrade is required.").ExecuteAsync(http);
            return;
        }
        var watermark = DirectLineApi.ParseWatermark(http.Request.Query["watermark"]) ?? 0;
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        // A member with the chat open is using the conversation even before typing: it is not evicted for room.
        using var lease = conversation!.OpenStream();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, conversation.Ended, lifetime.ApplicationStopping);
        var receiving = DrainIncomingAsync(socket, stop);
        try
        {
            await PushAsync(socket, conversation, watermark, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The member left, the conversation ended or the service is stopping.
        }
        catch (WebSocketException ex)
        {
            log.LogDebug("Direct Line stream closed abruptly: {Error}", ex.WebSocketErrorCode);
        }
        catch (SharedStateUnavailableException)
        {
            // Redis went away: close the socket; Web Chat reconnects, and the watermark replays what it missed.
        }
        finally
        {
            await stop.CancelAsync();
            await receiving;
            await CloseAsync(socket);
        }
    }

    private async Task PushAsync(WebSocket socket, IDirectLineConversation conversation, long watermark, CancellationToken cancellationToken)
    {
        var frame = new ArrayBufferWriter<byte>(4096);
        var pageSize = options.CurrentValue.PageSize;
        while (true)
        {
            // Take the signal before reading so an activity added in between still wakes us.
            var changed = conversation.NextChange();
            var (activities, next) = await conversation.ReadAfterAsync(watermark, pageSize, cancellationToken);
            if (activities.Count > 0)
            {
                frame.ResetWrittenCount();
                DirectLineActivitySet.Write(frame, activities, next);
                await socket.SendAsync(frame.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                watermark = next;
                continue;
            }
            await changed.WaitAsync(cancellationToken);
        }
    }

    private static async Task DrainIncomingAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed from either side.
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The peer is gone already.
        }
    }
}

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
        var (status, conversation, payload) = await api.AuthorizeStreamAsync(http, conversationId);
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
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var receiving = DrainIncomingAsync(socket, stop);
        try
        {
            // The conversation may move while the member chats: into this instance's memory when Redis goes down, back
            // to Redis when it returns. The stream follows it from the same watermark; it ends when it is gone.
            while (conversation is not null)
            {
                // A member with the chat open is using the conversation even before typing: it is not evicted for room.
                using var lease = conversation.OpenStream();
                using var ended = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, conversation.Ended);
                try
                {
                    await PushAsync(socket, conversation, watermark, next => watermark = next, ended.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    // The conversation ended here: dropped, or continued in Redis after an outage.
                }
                catch (SharedStateUnavailableException)
                {
                    // Redis went away: the fallback (if any) holds the conversation now.
                }
                conversation = await FollowAsync(conversationId, payload, stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The member left or the service is stopping.
        }
        catch (WebSocketException ex)
        {
            log.LogDebug("Direct Line stream closed abruptly: {Error}", ex.WebSocketErrorCode);
        }
        finally
        {
            await stop.CancelAsync();
            await receiving;
            await CloseAsync(socket);
        }
    }

    // Null when the conversation is gone, or Redis is down with no fallback: the socket closes, and Web Chat reconnects
    // with its watermark, which replays what it missed.
    private async Task<IDirectLineConversation?> FollowAsync(string conversationId, DirectLineTokenPayload? payload,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await api.FindAsync(conversationId, payload, cancellationToken);
        }
        catch (SharedStateUnavailableException)
        {
            return null;
        }
    }

    private async Task PushAsync(WebSocket socket, IDirectLineConversation conversation, long watermark, Action<long> sent,
        CancellationToken cancellationToken)
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
                sent(next);
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

using FaqBot.Bot.Schema;

namespace FaqBot.Bot.Adapter;

/// <summary>The adapter's turn context: addresses each outgoing activity as a reply to the inbound one, runs it
/// through the send steps middleware added, and hands it to the channel one at a time, in order.</summary>
internal sealed class TurnContext : ITurnContext
{
    private readonly IBotChannel _channel;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly List<SendActivityHandler> _sendSteps = [];
    private int _sent;
    private bool _completed;

    public TurnContext(Activity activity, IBotChannel channel, TurnState state)
    {
        Activity = activity;
        _channel = channel;
        TurnState = state;
    }

    public Activity Activity { get; }

    public TurnState TurnState { get; }

    /// <summary>The answer to an invoke, once the bot or a middleware gave one.</summary>
    public InvokeResponse? InvokeResponse { get; private set; }

    /// <summary>How many activities other than typing indicators have been sent this turn.</summary>
    public int RepliesSent => Volatile.Read(ref _sent);

    public void OnSendActivity(SendActivityHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_sendSteps)
        {
            _sendSteps.Add(handler);
        }
    }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.InvokeResponse)
        {
            InvokeResponse = ToInvokeResponse(activity);
            return new ResourceResponse();
        }
        Address(activity);
        return await RunStepsAsync(activity, Snapshot(), 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a typing indicator unless something has been sent already or the turn is over.</summary>
    public async Task SendTypingIfSilentAsync(CancellationToken cancellationToken)
    {
        if (_completed || RepliesSent > 0)
        {
            return;
        }
        var typing = Activity.CreateReply();
        typing.Type = ActivityTypes.Typing;
        typing.TextFormat = null;
        await SendActivityAsync(typing, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the turn finished, waiting for a send already on its way.</summary>
    public async Task CompleteAsync()
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        _completed = true;
        _sendLock.Release();
    }

    private SendActivityHandler[] Snapshot()
    {
        lock (_sendSteps)
        {
            return [.. _sendSteps];
        }
    }

    // The last step added runs first, so a later middleware sees what an earlier one will send.
    private Task<ResourceResponse> RunStepsAsync(Activity activity, SendActivityHandler[] steps, int done, CancellationToken cancellationToken)
    {
        if (done == steps.Length)
        {
            return DeliverAsync(activity, cancellationToken);
        }
        var step = steps[steps.Length - 1 - done];
        return step(this, activity, () => RunStepsAsync(activity, steps, done + 1, cancellationToken), cancellationToken);
    }

    private async Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (activity.Type == ActivityTypes.Typing)
            {
                if (_completed || RepliesSent > 0)
                {
                    return new ResourceResponse(); // a late typing indicator after the answer would confuse the member
                }
            }
            else
            {
                Interlocked.Increment(ref _sent);
            }
            return await _channel.DeliverAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static InvokeResponse ToInvokeResponse(Activity activity)
    {
        if (activity.Value is { } value && value.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            var status = value.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) ? code : StatusCodes.Status200OK;
            System.Text.Json.JsonElement? body = value.TryGetProperty("body", out var b) ? b.Clone() : null;
            return new InvokeResponse { Status = status, Body = body };
        }
        return new InvokeResponse();
    }

    // The bot may build a bare Activity; fill in what makes it a reply in this conversation.
    private void Address(Activity reply)
    {
        var inbound = Activity;
        reply.Type ??= ActivityTypes.Message;
        reply.Conversation ??= inbound.Conversation;
        reply.From ??= inbound.Recipient;
        reply.Recipient ??= inbound.From;
        reply.ServiceUrl ??= inbound.ServiceUrl;
        reply.ChannelId ??= inbound.ChannelId;
        reply.ReplyToId ??= inbound.Id;
        reply.Locale ??= inbound.Locale ?? "ja-JP";
    }
}

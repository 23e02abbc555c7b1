namespace FaqBot.Protocol;

/// <summary>The turn context handed to the bot: addresses each outgoing activity as a reply to the inbound one and
/// sends them one at a time, in order, through the channel's <see cref="IReplyChannel"/>.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly IReplyChannel _channel;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _sent;
    private bool _completed;

    /// <summary>Creates the context for one inbound activity.</summary>
    public TurnContext(Activity activity, IReplyChannel channel)
    {
        Activity = activity;
        _channel = channel;
    }

    /// <inheritdoc />
    public Activity Activity { get; }

    /// <summary>How many activities other than typing indicators the bot has sent this turn.</summary>
    public int RepliesSent => Volatile.Read(ref _sent);

    /// <inheritdoc />
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Address(activity);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (activity.Type != ActivityTypes.Typing)
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

    /// <summary>Sends a typing indicator unless the bot has already answered or the turn is over.</summary>
    internal async Task SendTypingIfSilentAsync(CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_completed || _sent > 0)
            {
                return;
            }
            var typing = Activity.CreateReply();
            typing.Type = ActivityTypes.Typing;
            typing.TextFormat = null;
            Address(typing);
            await _channel.DeliverAsync(typing, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Marks the turn finished, waiting for a typing indicator already on its way.</summary>
    internal async Task CompleteAsync()
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        _completed = true;
        _sendLock.Release();
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

namespace FaqBot.Protocol;

/// <summary>One turn of a conversation: the inbound activity and the way replies reach the channel it came from
/// (the Connector REST API, Direct Line's activity store, or the CLI).</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity.</summary>
    Activity Activity { get; }

    /// <summary>Sends a reply or other activity to the conversation; returns the id the channel gave it.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);
}

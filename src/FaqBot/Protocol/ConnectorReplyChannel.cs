namespace FaqBot.Protocol;

/// <summary>Delivers a turn's replies through the Connector REST API (the /api/messages path).</summary>
internal sealed class ConnectorReplyChannel(ConnectorClient connector) : IReplyChannel
{
    public Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.SendAsync(activity, cancellationToken);
}

namespace FaqBot.Protocol;

/// <summary>Where a turn's outgoing activities go: the Connector REST API, Direct Line's activity store, a test.</summary>
public interface IReplyChannel
{
    /// <summary>Delivers one activity (already addressed) and returns the id the channel gave it.</summary>
    Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken);
}

using FaqBot.Bot.Schema;

namespace FaqBot.Bot.Adapter;

/// <summary>A channel as the adapter sees it: whether it accepts an inbound activity's addressing, and where the
/// turn's outgoing activities go (the Connector REST API, Direct Line's activity store, the command line, a test).</summary>
public interface IBotChannel
{
    /// <summary>Null when the activity may run; otherwise why not (e.g. a serviceUrl replies may not go to).</summary>
    TurnResult? Admit(Activity activity);

    /// <summary>Delivers one activity (already addressed) and returns the id the channel gave it.</summary>
    Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken);
}

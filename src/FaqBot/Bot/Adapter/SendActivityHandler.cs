using FaqBot.Bot.Schema;

namespace FaqBot.Bot.Adapter;

/// <summary>A step in front of a turn's sends: it may change <paramref name="activity"/>, call <paramref name="next"/>
/// to send it on (or not, to swallow it), and return the channel's answer.</summary>
public delegate Task<ResourceResponse> SendActivityHandler(ITurnContext turn, Activity activity,
    Func<Task<ResourceResponse>> next, CancellationToken cancellationToken);

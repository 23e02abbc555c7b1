using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;

namespace FaqBot.Channels.DirectLine;

/// <summary>Direct Line as a channel of the adapter: the conversation's token was checked already, and replies go
/// into the conversation, where the member's streams and polls find them.</summary>
internal sealed class DirectLineReplyChannel(DirectLineConversation conversation, TimeProvider time) : IBotChannel
{
    public TurnResult? Admit(Activity activity) => null;

    public Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = conversation.Append(activity, time.GetUtcNow());
        return Task.FromResult(new ResourceResponse { Id = id });
    }
}

using FaqBot.Protocol;

namespace FaqBot.Channels.DirectLine;

/// <summary>Delivers a turn's replies into the Direct Line conversation, where the member's streams and polls find them.</summary>
internal sealed class DirectLineReplyChannel(DirectLineConversation conversation, TimeProvider time) : IReplyChannel
{
    public Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = conversation.Append(activity, time.GetUtcNow());
        return Task.FromResult(new ResourceResponse { Id = id });
    }
}

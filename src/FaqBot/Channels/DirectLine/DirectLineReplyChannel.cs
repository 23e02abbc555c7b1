using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.State;

namespace FaqBot.Channels.DirectLine;

/// <summary>Direct Line as a channel of the adapter: the conversation's token was checked already, and replies go
/// into the conversation, where the member's streams and polls find them.</summary>
internal sealed class DirectLineReplyChannel(IDirectLineConversation conversation) : IBotChannel
{
    public TurnResult? Admit(Activity activity) => null;

    public async Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken) =>
        new() { Id = await conversation.AppendAsync(activity, cancellationToken).ConfigureAwait(false) };
}

using FaqIndex.Content;

namespace FaqBot.Dialogs;

/// <summary>Implemented by a turn context that knows who is asking (the CLI's --audience); otherwise the audience
/// comes from the channel (<see cref="DialogOptions.ChannelAudiences"/>).</summary>
public interface ITurnAudience
{
    /// <summary>Who is asking.</summary>
    Audience Audience { get; }
}

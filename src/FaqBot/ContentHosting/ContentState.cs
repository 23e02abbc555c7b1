namespace FaqBot.ContentHosting;

/// <summary>Where the live index is in its life.</summary>
public enum ContentState
{
    /// <summary>The first index is being built; nothing can be answered yet.</summary>
    Starting,

    /// <summary>An index is answering (possibly the last good one, see <see cref="ContentStatus.Degraded"/>).</summary>
    Ready,

    /// <summary>The first index could not be built; the service stops.</summary>
    Failed,
}

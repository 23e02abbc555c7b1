using FaqIndex.Content;

namespace FaqBot.Dialogs;

/// <summary>The <c>Dialog</c> configuration section: limits of the dialog and its conversation state.</summary>
public sealed class DialogOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Dialog";

    /// <summary>Longest question searched; longer text is cut.</summary>
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>How many choices an ambiguous question offers.</summary>
    public int MaxChoices { get; set; } = 3;

    /// <summary>Below the search's answer threshold, hits at least this confident are still offered as buttons.</summary>
    public double MinRelatedScore { get; set; } = 0.2;

    /// <summary>Conversations kept by the in-memory state store; the least recently used go first.</summary>
    public int MaxConversations { get; set; } = 100_000;

    /// <summary>A conversation silent this long starts afresh.</summary>
    public TimeSpan StateIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Audience by channel id (e.g. msteams: Both); other channels are members.</summary>
    public Dictionary<string, Audience> ChannelAudiences { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

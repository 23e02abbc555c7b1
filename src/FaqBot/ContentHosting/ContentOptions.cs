namespace FaqBot.ContentHosting;

/// <summary>Where the FAQ content lives and how the live index follows it; bound to the "Content" section.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Content";

    /// <summary>The content folder (faq/ and dictionary/). Unset: the repository's content/ when run from source, else
    /// the content published beside the executable (<see cref="ContentPaths.Default"/>).</summary>
    public string? Path { get; set; }

    /// <summary>Recent results remembered per index generation (0 turns the cache off); questions repeat a lot, since
    /// suggested actions and example questions send the same text.</summary>
    public int ResultCacheSize { get; set; } = FaqIndex.Search.FaqSearchEngine.DefaultResultCacheCapacity;

    /// <summary>How long the folder must be quiet after a change before it is reloaded (an editor's save is often
    /// several writes).</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How often the folder is compared with what was loaded even without a change notice (file watchers miss
    /// events on network and container file systems); zero turns the re-scan off.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The folder to read: <see cref="Path"/> when set, else <see cref="ContentPaths.Default"/>.</summary>
    public string ResolvedPath => string.IsNullOrWhiteSpace(Path) ? ContentPaths.Default : Path;
}

namespace FaqBot.Search;

/// <summary>Where the FAQ content lives; bound to the "Search" configuration section.</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Search";

    /// <summary>The content shipped beside the executable (FaqBot.csproj copies content/ to the output).</summary>
    public static string DefaultContentPath => Path.Combine(AppContext.BaseDirectory, "content");

    /// <summary>The content folder (faq/ and dictionary/); relative paths are resolved against the working folder.</summary>
    public string ContentPath { get; set; } = DefaultContentPath;

    /// <summary>Recent results remembered per index generation (0 turns the cache off); questions repeat a lot, since
    /// suggested actions and example questions send the same text.</summary>
    public int ResultCacheSize { get; set; } = FaqIndex.Search.FaqSearchEngine.DefaultResultCacheCapacity;
}

using System.Reflection;

namespace FaqBot.ContentHosting;

/// <summary>Where the content is when <c>Content:Path</c> is unset: run from source, the repository's content/ (the
/// build records its path, so an editor's change is what the service reads); published, the copy beside the
/// executable.</summary>
public static class ContentPaths
{
    /// <summary>The assembly metadata key FaqBot.csproj writes the source content folder under (not when publishing).</summary>
    public const string SourceContentKey = "FaqBot.SourceContentPath";

    /// <summary>The content folder published beside the executable.</summary>
    public static string Published => Path.Combine(AppContext.BaseDirectory, "content");

    /// <summary>The repository's content folder this build was made from, when it still exists; else null.</summary>
    public static string? Source { get; } = FindSource();

    /// <summary><see cref="Source"/> when it exists, else <see cref="Published"/>.</summary>
    public static string Default => Source ?? Published;

    private static string? FindSource()
    {
        foreach (var attribute in typeof(ContentPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == SourceContentKey && attribute.Value is { Length: > 0 } path
                && Directory.Exists(Path.Combine(path, FaqIndex.Content.FaqContentLoader.FaqFolder)))
            {
                return path;
            }
        }
        return null;
    }
}

using System.Globalization;
using System.Text;
using FaqIndex.Content;

namespace FaqBot.ContentHosting;

/// <summary>The names, sizes and write times of the files a load reads (faq/**/*.md, dictionary/*), so a re-scan or a
/// watcher event reloads only when something a load would see has changed (not an editor's swap file).</summary>
internal static class ContentFingerprint
{
    public static string Of(string root)
    {
        var builder = new StringBuilder();
        Add(builder, root, FaqContentLoader.FaqDirectory(root), "*.md", SearchOption.AllDirectories);
        Add(builder, root, Path.Combine(root, FaqContentLoader.DictionaryFolder), "*", SearchOption.TopDirectoryOnly);
        return builder.ToString();
    }

    private static void Add(StringBuilder builder, string root, string folder, string pattern, SearchOption option)
    {
        string[] files;
        try
        {
            files = Directory.Exists(folder) ? Directory.GetFiles(folder, pattern, option) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            builder.Append("unreadable:").Append(folder).Append('\n');
            return;
        }
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                continue; // deleted between listing and reading: the next look sees it gone
            }
            builder.Append(Path.GetRelativePath(root, file)).Append('|')
                .Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}

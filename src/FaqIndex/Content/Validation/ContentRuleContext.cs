namespace FaqIndex.Content.Validation;

/// <summary>What a rule sees (the parsed files, today's date in Tokyo) and where it reports problems.</summary>
public sealed class ContentRuleContext
{
    private readonly List<ContentDiagnostic> _diagnostics;

    internal ContentRuleContext(IReadOnlyList<FaqSourceFile> files, DateOnly today, List<ContentDiagnostic> diagnostics)
    {
        Files = files;
        Today = today;
        _diagnostics = diagnostics;
    }

    /// <summary>Every entry file whose front matter could be read, in path order.</summary>
    public IReadOnlyList<FaqSourceFile> Files { get; }

    /// <summary>Today in Asia/Tokyo.</summary>
    public DateOnly Today { get; }

    /// <summary>The files that declare an id, grouped by it (versions of one entry), each group in path order.</summary>
    public IEnumerable<(string Id, List<FaqSourceFile> Versions)> FilesById()
    {
        var groups = new Dictionary<string, List<FaqSourceFile>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in Files)
        {
            if (file.FrontMatter.GetText(FaqFields.Id) is not { } id)
            {
                continue;
            }
            if (!groups.TryGetValue(id, out var versions))
            {
                groups[id] = versions = [];
                order.Add(id);
            }
            versions.Add(file);
        }
        foreach (var id in order)
        {
            yield return (id, groups[id]);
        }
    }

    /// <summary>Reports an error: the file will not be loaded.</summary>
    public void Error(FaqSourceFile file, int line, string message) =>
        _diagnostics.Add(new ContentDiagnostic(file.RelativePath, line, DiagnosticSeverity.Error, message));

    /// <summary>Reports a warning: the file still loads.</summary>
    public void Warning(FaqSourceFile file, int line, string message) =>
        _diagnostics.Add(new ContentDiagnostic(file.RelativePath, line, DiagnosticSeverity.Warning, message));
}

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

    /// <summary>Reports an error: the file will not be loaded.</summary>
    public void Error(FaqSourceFile file, int line, string message) =>
        _diagnostics.Add(new ContentDiagnostic(file.RelativePath, line, DiagnosticSeverity.Error, message));

    /// <summary>Reports a warning: the file still loads.</summary>
    public void Warning(FaqSourceFile file, int line, string message) =>
        _diagnostics.Add(new ContentDiagnostic(file.RelativePath, line, DiagnosticSeverity.Warning, message));
}

namespace FaqIndex.Content;

/// <summary>One problem found in a content file, with the 1-based line an editor should look at.</summary>
/// <param name="File">The file, relative to the content root (forward slashes).</param>
/// <param name="Line">1-based line in that file.</param>
/// <param name="Severity">Error (the file is skipped) or warning.</param>
/// <param name="Message">What is wrong, in English, naming the field or text.</param>
public sealed record ContentDiagnostic(string File, int Line, DiagnosticSeverity Severity, string Message)
{
    /// <summary>The compiler-style form editors and CI read: <c>file:line: error: message</c>.</summary>
    public string Format(string? root = null)
    {
        var path = root is null ? File : Path.Combine(root, File);
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{path}:{Line}: {severity}: {Message}";
    }

    /// <summary>True when at least one of <paramref name="diagnostics"/> is an error.</summary>
    public static bool AnyError(IEnumerable<ContentDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Format();
}

namespace FaqIndex.Content;

/// <summary>The result of loading a content folder: the entries that passed validation and every problem found.</summary>
/// <param name="Entries">Valid entries, ordered by id.</param>
/// <param name="Diagnostics">Errors and warnings, ordered by file and line.</param>
public sealed record FaqContent(IReadOnlyList<FaqEntry> Entries, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }
            return false;
        }
    }
}

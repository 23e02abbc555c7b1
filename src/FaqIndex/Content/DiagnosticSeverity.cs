namespace FaqIndex.Content;

/// <summary>How serious a content problem is: errors keep a file out of the index, warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The entry is wrong or unreadable and is skipped.</summary>
    Error,

    /// <summary>The entry loads but an editor should look at it (e.g. a date that has passed).</summary>
    Warning,
}

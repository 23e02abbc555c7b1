namespace FaqIndex.Analysis.Japanese;

/// <summary>A problem found in a dictionary source file, reported as file:line and skipped.</summary>
/// <param name="File">The file (or source name) the line came from.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What is wrong, in English for editors' tools.</param>
public sealed record DictionaryDiagnostic(string File, int Line, string Message)
{
    /// <summary>The usual compiler-style form, <c>file:line: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

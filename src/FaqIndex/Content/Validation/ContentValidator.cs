namespace FaqIndex.Content.Validation;

/// <summary>Runs a fixed list of rules over parsed entry files.</summary>
public sealed class ContentValidator
{
    private readonly IContentRule[] _rules;

    /// <summary>Creates a validator running <paramref name="rules"/> in order.</summary>
    public ContentValidator(IEnumerable<IContentRule> rules) => _rules = [.. rules];

    /// <summary>The validator with every rule FaqBot knows.</summary>
    public static ContentValidator Default { get; } = new(ContentRules.All);

    /// <summary>Checks <paramref name="files"/> as of <paramref name="today"/>, adding problems to <paramref name="diagnostics"/>.</summary>
    public void Validate(IReadOnlyList<FaqSourceFile> files, DateOnly today, List<ContentDiagnostic> diagnostics)
    {
        var context = new ContentRuleContext(files, today, diagnostics);
        foreach (var rule in _rules)
        {
            rule.Check(context);
        }
    }
}

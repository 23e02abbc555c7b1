namespace FaqIndex.Content.FrontMatter;

/// <summary>The parsed front matter of one entry file: its fields in file order, looked up by key.</summary>
public sealed class FrontMatterData
{
    private readonly Dictionary<string, FrontMatterField> _byKey;

    /// <summary>Creates the front matter from fields whose keys are unique.</summary>
    public FrontMatterData(IReadOnlyList<FrontMatterField> fields, int line)
    {
        Fields = fields;
        Line = line;
        _byKey = new Dictionary<string, FrontMatterField>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            _byKey[field.Key] = field;
        }
    }

    /// <summary>Every field in file order.</summary>
    public IReadOnlyList<FrontMatterField> Fields { get; }

    /// <summary>The file line of the opening <c>---</c>.</summary>
    public int Line { get; }

    /// <summary>The field named <paramref name="key"/>, or null.</summary>
    public FrontMatterField? Get(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The trimmed text of a scalar field, or null when missing, blank or a list.</summary>
    public string? GetText(string key) =>
        Get(key)?.Scalar is { } s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value.Trim() : null;
}

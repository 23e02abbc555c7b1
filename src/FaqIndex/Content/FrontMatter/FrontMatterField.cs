namespace FaqIndex.Content.FrontMatter;

/// <summary>One key of an entry's front matter: either a text (<see cref="Scalar"/>) or a list of texts.</summary>
/// <param name="Key">The key as written.</param>
/// <param name="Line">The file line of the key.</param>
/// <param name="Scalar">The text value, or null when the value is a list.</param>
/// <param name="Items">The list items, or null when the value is a text.</param>
public sealed record FrontMatterField(string Key, int Line, FrontMatterItem? Scalar, IReadOnlyList<FrontMatterItem>? Items)
{
    /// <summary>True when the value is missing or blank (a blank text or an empty list).</summary>
    public bool IsEmpty => Scalar is { } s ? string.IsNullOrWhiteSpace(s.Value) : Items is null || Items.Count == 0;

    /// <summary>The value as a list: a single text counts as a one-item list, a blank text as an empty list.</summary>
    public IReadOnlyList<FrontMatterItem> AsList() =>
        Items ?? (Scalar is { } s && !string.IsNullOrWhiteSpace(s.Value) ? [s] : []);
}

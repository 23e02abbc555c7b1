namespace FaqIndex.Content.FrontMatter;

/// <summary>One text value of the front matter and the file line it is on.</summary>
public readonly record struct FrontMatterItem(string Value, int Line);

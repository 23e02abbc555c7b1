namespace FaqIndex.Content.Validation.Rules;

/// <summary>Ids are unique across the whole content folder; the later file (in path order) is the one reported.</summary>
public sealed class DuplicateIdRule : IContentRule
{
    /// <inheritdoc />
    public void Check(ContentRuleContext context)
    {
        var first = new Dictionary<string, FaqSourceFile>(StringComparer.Ordinal);
        foreach (var file in context.Files)
        {
            if (file.FrontMatter.GetText(FaqFields.Id) is not { } id)
            {
                continue;
            }
            if (first.TryGetValue(id, out var original))
            {
                context.Error(file, file.FrontMatter.Get(FaqFields.Id)!.Line,
                    $"duplicate id '{id}' (already used by {original.RelativePath}:{original.FrontMatter.Get(FaqFields.Id)!.Line})");
            }
            else
            {
                first.Add(id, file);
            }
        }
    }
}

namespace FaqIndex.Content.Validation.Rules;

/// <summary>The id equals the file name, so an editor finds an entry from its id (and renames stay deliberate).</summary>
public sealed class IdMatchesFileNameRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        if (file.FrontMatter.GetText(FaqFields.Id) is { } id && !string.Equals(id, file.Stem, StringComparison.Ordinal))
        {
            context.Error(file, file.FrontMatter.Get(FaqFields.Id)!.Line,
                $"id '{id}' does not match the file name '{file.Stem}.md'");
        }
    }
}

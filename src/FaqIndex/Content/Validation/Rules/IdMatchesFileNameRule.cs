namespace FaqIndex.Content.Validation.Rules;

/// <summary>The id is the file name (<c>card-lost.md</c>), or its part before the first dot for another version of the
/// same entry (<c>card-lost.2027-04.md</c>), so an editor finds every version of an entry from its id.</summary>
public sealed class IdMatchesFileNameRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        if (file.FrontMatter.GetText(FaqFields.Id) is { } id && !string.Equals(id, file.IdFromFileName, StringComparison.Ordinal))
        {
            context.Error(file, file.FrontMatter.Get(FaqFields.Id)!.Line,
                $"id '{id}' does not match the file name '{file.Stem}.md' (name the file {id}.md, or {id}.<version>.md for a scheduled version)");
        }
    }
}

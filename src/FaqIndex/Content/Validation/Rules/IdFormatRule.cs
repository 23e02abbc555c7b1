namespace FaqIndex.Content.Validation.Rules;

/// <summary>Ids are lower-case slugs so they work in URLs, analytics and follow-up lists.</summary>
public sealed class IdFormatRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        if (file.FrontMatter.GetText(FaqFields.Id) is { } id && !FieldValues.IsValidId(id))
        {
            context.Error(file, file.FrontMatter.Get(FaqFields.Id)!.Line,
                $"id '{id}' must be lower-case letters and digits joined by single hyphens (e.g. card-lost)");
        }
    }
}

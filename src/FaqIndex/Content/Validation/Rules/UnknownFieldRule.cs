namespace FaqIndex.Content.Validation.Rules;

/// <summary>A key FaqBot does not know is usually a typo (valid_untill): warn so the editor notices.</summary>
public sealed class UnknownFieldRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        foreach (var field in file.FrontMatter.Fields)
        {
            if (!FaqFields.IsKnown(field.Key))
            {
                context.Warning(file, field.Line, $"unknown field '{field.Key}' is ignored");
            }
        }
    }
}

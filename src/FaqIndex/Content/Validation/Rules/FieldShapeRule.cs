namespace FaqIndex.Content.Validation.Rules;

/// <summary>Single-valued fields must be texts, not lists; list items must not be blank.</summary>
public sealed class FieldShapeRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        foreach (var key in FaqFields.Texts)
        {
            if (file.FrontMatter.Get(key) is { Items: not null } field)
            {
                context.Error(file, field.Line, $"'{key}' must be one text, not a list");
            }
        }
        foreach (var key in FaqFields.Lists)
        {
            if (file.FrontMatter.Get(key) is { Items: { } items })
            {
                foreach (var item in items)
                {
                    if (string.IsNullOrWhiteSpace(item.Value))
                    {
                        context.Error(file, item.Line, $"'{key}' has a blank item");
                    }
                }
            }
        }
    }
}

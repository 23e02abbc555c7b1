namespace FaqIndex.Content.Validation.Rules;

/// <summary>id, question, audience, source and reviewed must be present and not blank.</summary>
public sealed class RequiredFieldsRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        foreach (var key in FaqFields.Required)
        {
            var field = file.FrontMatter.Get(key);
            if (field is null)
            {
                context.Error(file, file.FrontMatter.Line, $"missing required field '{key}'");
            }
            else if (field.IsEmpty)
            {
                context.Error(file, field.Line, $"required field '{key}' is empty");
            }
        }
    }
}

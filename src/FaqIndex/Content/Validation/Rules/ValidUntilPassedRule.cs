namespace FaqIndex.Content.Validation.Rules;

/// <summary>After valid_until the answer may no longer be true: warn until an editor rewrites it.</summary>
public sealed class ValidUntilPassedRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        if (FieldValues.TryParseDate(file.FrontMatter.GetText(FaqFields.ValidUntil), out var until) && until < context.Today)
        {
            context.Warning(file, file.FrontMatter.Get(FaqFields.ValidUntil)!.Line,
                $"'valid_until' {until:yyyy-MM-dd} has passed (today is {context.Today:yyyy-MM-dd}); review the answer");
        }
    }
}

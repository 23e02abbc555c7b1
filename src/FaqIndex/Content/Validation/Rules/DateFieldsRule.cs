namespace FaqIndex.Content.Validation.Rules;

/// <summary>reviewed and valid_until are calendar dates written yyyy-MM-dd.</summary>
public sealed class DateFieldsRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        foreach (var key in (ReadOnlySpan<string>)[FaqFields.Reviewed, FaqFields.ValidUntil])
        {
            if (file.FrontMatter.GetText(key) is { } text && !FieldValues.TryParseDate(text, out _))
            {
                context.Error(file, file.FrontMatter.Get(key)!.Line, $"'{key}' must be a date written yyyy-MM-dd, not '{text}'");
            }
        }
    }
}

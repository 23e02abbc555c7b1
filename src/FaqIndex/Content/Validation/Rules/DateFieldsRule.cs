namespace FaqIndex.Content.Validation.Rules;

/// <summary>reviewed, valid_from and valid_until are calendar days written yyyy-MM-dd, and a version's window does not
/// end before it starts.</summary>
public sealed class DateFieldsRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        foreach (var key in (ReadOnlySpan<string>)[FaqFields.Reviewed, FaqFields.ValidFrom, FaqFields.ValidUntil])
        {
            if (file.FrontMatter.GetText(key) is { } text && !FieldValues.TryParseDate(text, out _))
            {
                context.Error(file, file.FrontMatter.Get(key)!.Line, $"'{key}' must be a date written yyyy-MM-dd, not '{text}'");
            }
        }
        if (file.Window is { From: { } from, Until: { } until } && until < from)
        {
            context.Error(file, file.LineOf(FaqFields.ValidUntil),
                $"'valid_until' {until:yyyy-MM-dd} is before 'valid_from' {from:yyyy-MM-dd}: this version would never be served");
        }
    }
}

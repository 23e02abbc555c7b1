namespace FaqIndex.Content.Validation.Rules;

/// <summary>audience is member, hr or both.</summary>
public sealed class AudienceRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        if (file.FrontMatter.GetText(FaqFields.Audience) is { } text && !FieldValues.TryParseAudience(text, out _))
        {
            context.Error(file, file.FrontMatter.Get(FaqFields.Audience)!.Line,
                $"audience '{text}' must be member, hr or both");
        }
    }
}

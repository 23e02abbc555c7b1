namespace FaqIndex.Content.Validation.Rules;

/// <summary>Every entry has an answer below its front matter.</summary>
public sealed class EmptyAnswerRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        if (string.IsNullOrWhiteSpace(file.Body))
        {
            context.Error(file, file.BodyLine, "the answer is empty: write it below the closing ---");
        }
    }
}

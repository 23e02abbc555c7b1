namespace FaqIndex.Content.Validation.Rules;

/// <summary>A review date in the future is a typo (or a promise): the entry was not reviewed yet.</summary>
public sealed class ReviewedInFutureRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        if (FieldValues.TryParseDate(file.FrontMatter.GetText(FaqFields.Reviewed), out var reviewed) && reviewed > context.Today)
        {
            context.Error(file, file.FrontMatter.Get(FaqFields.Reviewed)!.Line,
                $"'reviewed' is {reviewed:yyyy-MM-dd}, after today ({context.Today:yyyy-MM-dd} in Tokyo)");
        }
    }
}

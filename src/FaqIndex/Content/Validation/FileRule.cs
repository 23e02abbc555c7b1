namespace FaqIndex.Content.Validation;

/// <summary>A rule that looks at one entry file at a time.</summary>
public abstract class FileRule : IContentRule
{
    /// <inheritdoc />
    public void Check(ContentRuleContext context)
    {
        foreach (var file in context.Files)
        {
            Check(file, context);
        }
    }

    /// <summary>Checks one file.</summary>
    protected abstract void Check(FaqSourceFile file, ContentRuleContext context);
}

namespace FaqIndex.Content.Validation.Rules;

/// <summary>Every follow-up names an existing entry, so the bot never offers a dead end.</summary>
public sealed class UnknownFollowUpRule : IContentRule
{
    /// <inheritdoc />
    public void Check(ContentRuleContext context)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in context.Files)
        {
            if (file.FrontMatter.GetText(FaqFields.Id) is { } id)
            {
                ids.Add(id);
            }
        }
        foreach (var file in context.Files)
        {
            if (file.FrontMatter.Get(FaqFields.FollowUps) is not { } field)
            {
                continue;
            }
            foreach (var item in field.AsList())
            {
                var target = item.Value.Trim();
                if (target.Length > 0 && !ids.Contains(target))
                {
                    context.Error(file, item.Line, $"follow-up '{target}' is not the id of any entry");
                }
            }
        }
    }
}

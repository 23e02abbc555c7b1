namespace FaqIndex.Content.Validation.Rules;

/// <summary>Files sharing an id are versions of one entry: their valid_from..valid_until windows must not overlap, so on
/// any day at most one of them answers. Two files with the same id and no dates overlap everywhere (a duplicate id).
/// The later file (in path order) is the one reported.</summary>
public sealed class OverlappingVersionsRule : IContentRule
{
    /// <inheritdoc />
    public void Check(ContentRuleContext context)
    {
        foreach (var (id, versions) in context.FilesById())
        {
            for (int i = 1; i < versions.Count; i++)
            {
                var file = versions[i];
                for (int j = 0; j < i; j++)
                {
                    var earlier = versions[j];
                    if (file.Window.Overlaps(earlier.Window))
                    {
                        context.Error(file, file.FrontMatter.Get(FaqFields.Id)!.Line,
                            $"id '{id}' is also used by {earlier.RelativePath}:{earlier.FrontMatter.Get(FaqFields.Id)!.Line} and their valid_from..valid_until windows overlap ({file.Window} and {earlier.Window}); on any day only one version may answer");
                        break;
                    }
                }
            }
        }
    }
}

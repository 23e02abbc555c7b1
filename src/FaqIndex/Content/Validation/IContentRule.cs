namespace FaqIndex.Content.Validation;

/// <summary>One check of the content; rules are small, independent and registered once in <see cref="ContentRules"/>.</summary>
public interface IContentRule
{
    /// <summary>Checks the files in <paramref name="context"/> and reports what is wrong through it.</summary>
    void Check(ContentRuleContext context);
}

namespace FaqIndex.Content.Validation.Rules;

/// <summary>A wrong number in an answer sends members to a stranger: only the known contacts, spelt exactly, may appear.</summary>
public sealed class PhoneNumberRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        foreach (var field in file.FrontMatter.Fields)
        {
            if (field.Scalar is { } scalar)
            {
                CheckText(file, context, scalar.Value, _ => scalar.Line);
            }
            foreach (var item in field.Items ?? [])
            {
                CheckText(file, context, item.Value, _ => item.Line);
            }
        }
        CheckText(file, context, file.Body, file.LineOfBodyOffset);
    }

    private static void CheckText(FaqSourceFile file, ContentRuleContext context, string text, Func<int, int> lineOf)
    {
        foreach (var (offset, number) in PhoneNumberFinder.Find(text))
        {
            if (KnownContacts.PhoneNumbers.Contains(number))
            {
                continue;
            }
            var digits = PhoneNumberFinder.Digits(number);
            string? known = null;
            foreach (var candidate in KnownContacts.PhoneNumbers)
            {
                if (PhoneNumberFinder.Digits(candidate) == digits)
                {
                    known = candidate;
                }
            }
            context.Error(file, lineOf(offset), known is null
                ? $"unknown phone number '{number}': only {string.Join(" and ", KnownContacts.PhoneNumbers)} may appear in content"
                : $"malformed phone number '{number}': write it as {known}");
        }
    }
}

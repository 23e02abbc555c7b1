using FaqIndex.Content.Validation;

namespace FaqIndex.Content;

/// <summary>Turns a validated entry file into an <see cref="FaqEntry"/>.</summary>
public static class FaqEntryFactory
{
    /// <summary>Builds the entry; call only for a file without errors (the rules guarantee the required fields).</summary>
    public static FaqEntry Create(FaqSourceFile file)
    {
        var front = file.FrontMatter;
        FieldValues.TryParseAudience(front.GetText(FaqFields.Audience), out var audience);
        FieldValues.TryParseDate(front.GetText(FaqFields.Reviewed), out var reviewed);
        DateOnly? validFrom = FieldValues.TryParseDate(front.GetText(FaqFields.ValidFrom), out var from) ? from : null;
        DateOnly? validUntil = FieldValues.TryParseDate(front.GetText(FaqFields.ValidUntil), out var until) ? until : null;
        return new FaqEntry(
            Id: front.GetText(FaqFields.Id)!,
            Question: front.GetText(FaqFields.Question)!,
            Alternates: Texts(front, FaqFields.Alternates),
            Audience: audience,
            Tags: Texts(front, FaqFields.Tags),
            Source: front.GetText(FaqFields.Source)!,
            FollowUps: Texts(front, FaqFields.FollowUps),
            Reviewed: reviewed,
            Window: new ValidityWindow(validFrom, validUntil),
            Answer: file.Body.Trim(),
            FilePath: file.RelativePath,
            Line: front.Line);
    }

    private static string[] Texts(FrontMatter.FrontMatterData front, string key)
    {
        var items = front.Get(key)?.AsList() ?? [];
        var texts = new List<string>(items.Count);
        foreach (var item in items)
        {
            var text = item.Value.Trim();
            if (text.Length > 0)
            {
                texts.Add(text);
            }
        }
        return [.. texts];
    }
}

namespace FaqIndex.Content.Validation.Rules;

/// <summary>"令和7年11月14日以降に交付します" read after that day is stale: warn when a passed date is followed, in the same
/// sentence, by words of the future (予定, 見込み, or 以降に/から/より … します).</summary>
public sealed class PastDateStatedAsFutureRule : FileRule
{
    private static readonly string[] PlannedWords = ["予定", "見込み", "見込", "予告"];
    private static readonly string[] FromWords = ["以降に", "以後に", "から", "より"];
    private static readonly string[] FutureVerbs = ["します", "いたします", "致します", "されます", "始まります", "開始されます"];
    private static readonly char[] SentenceEnds = ['。', '！', '!', '？', '?', '\n'];

    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        var text = file.Body;
        foreach (var (date, offset, length) in JapaneseDateFinder.Find(text))
        {
            if (date >= context.Today)
            {
                continue;
            }
            int start = offset + length;
            int end = text.IndexOfAny(SentenceEnds, start);
            var rest = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            if (StatesFuture(rest))
            {
                context.Warning(file, file.LineOfBodyOffset(offset),
                    $"'{text.Substring(offset, length)}' has passed (today is {context.Today:yyyy-MM-dd}) but the sentence states it as future; rewrite it in the past or as a standing rule");
            }
        }
    }

    private static bool StatesFuture(ReadOnlySpan<char> rest)
    {
        foreach (var word in PlannedWords)
        {
            if (rest.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        // Skip a weekday and a time after the date: "(金)15時以降に…".
        var tail = rest.TrimStart(" 　(（)）月火水木金土日0123456789０１２３４５６７８９時分:：");
        foreach (var from in FromWords)
        {
            if (tail.StartsWith(from, StringComparison.Ordinal))
            {
                foreach (var verb in FutureVerbs)
                {
                    if (rest.Contains(verb, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

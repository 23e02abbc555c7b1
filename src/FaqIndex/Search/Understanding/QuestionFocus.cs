namespace FaqIndex.Search.Understanding;

/// <summary>Finds the question in a message of several sentences (context first, question last, as members write)
/// and repeats it, so that its words weigh twice the context's while the context still counts. A question sentence
/// without words of its own (「どうすればいいですか？」) takes the sentence before it along: that is what it asks about.</summary>
public static class QuestionFocus
{
    private static readonly string[] QuestionMarks = ["？", "?", "ですか", "ますか", "でしょうか", "教えて", "どうすれば", "どうしたら", "いいの", "のか"];

    /// <summary>The text with its question sentence appended when it has two sentences or more; otherwise the same instance.</summary>
    public static string Weight(string text)
    {
        Span<Range> sentences = stackalloc Range[16];
        int count = Split(text, sentences);
        if (count < 2)
        {
            return text;
        }
        int question = count - 1;
        for (int s = count - 1; s >= 0; s--)
        {
            if (IsQuestion(text.AsSpan()[sentences[s]]))
            {
                question = s;
                break;
            }
        }
        int first = question;
        while (first > 0 && ContentChars(text.AsSpan(sentences[first].Start.Value, sentences[question].End.Value - sentences[first].Start.Value)) < MinContentChars)
        {
            first--;
        }
        var focus = text.AsSpan(sentences[first].Start.Value, sentences[question].End.Value - sentences[first].Start.Value);
        return string.Concat(text, " ", focus);
    }

    // Fewer kanji and katakana than this and a sentence is only a way of asking (どうすればいいですか, 何をすればいいの).
    private const int MinContentChars = 4;

    private static int ContentChars(ReadOnlySpan<char> sentence)
    {
        int count = 0;
        foreach (var c in sentence)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= 'ァ' and <= 'ヺ' or >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsQuestion(ReadOnlySpan<char> sentence)
    {
        foreach (var mark in QuestionMarks)
        {
            if (sentence.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // Sentences end at 。！？!? (the mark stays with its sentence); blank ones are skipped; the last of 16 takes the rest.
    private static int Split(string text, Span<Range> sentences)
    {
        int count = 0, start = 0;
        for (int i = 0; i < text.Length && count < sentences.Length - 1; i++)
        {
            if (text[i] is '。' or '！' or '？' or '!' or '?' or '\n')
            {
                if (!text.AsSpan(start, i + 1 - start).Trim().IsEmpty && i + 1 - start > 1)
                {
                    sentences[count++] = new Range(start, i + 1);
                }
                start = i + 1;
            }
        }
        if (start < text.Length && !text.AsSpan(start).Trim().IsEmpty)
        {
            sentences[count++] = new Range(start, text.Length);
        }
        return count;
    }
}

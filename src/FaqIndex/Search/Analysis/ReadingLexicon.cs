namespace FaqIndex.Search.Analysis;

/// <summary>The kanji words of the entries' question side by their katakana reading, so that a word typed in kana
/// (でんわばんごう) or with a same-sound wrong kanji (機嫌 for 期限) is also searched as the word the FAQ writes.</summary>
/// <remarks>Built once per snapshot. A question's reading is scanned once: each of its positions looks up the words
/// whose reading starts with the two characters there, so the cost grows with the question, not the vocabulary.</remarks>
internal sealed class ReadingLexicon
{
    // Shorter readings (カイ, ショウ are one or two kanji of many words) would match inside unrelated words.
    private const int MinReadingLength = 3;

    private readonly Dictionary<(char, char), List<(string Reading, string Term)>> _byStart = [];

    /// <summary>Indexes every term of <paramref name="terms"/> that holds a kanji, under its reading.</summary>
    public ReadingLexicon(IEnumerable<string> terms, ReadingText reading)
    {
        foreach (var term in terms)
        {
            if (!HasKanji(term))
            {
                continue;
            }
            var kana = reading.Of(term);
            if (kana.Length < MinReadingLength || !IsKatakana(kana))
            {
                continue;
            }
            var key = (kana[0], kana[1]);
            if (!_byStart.TryGetValue(key, out var words))
            {
                words = [];
                _byStart[key] = words;
            }
            words.Add((kana, term));
        }
    }

    /// <summary>Appends to <paramref name="terms"/>, as positions of their own, the words whose reading occurs in
    /// <paramref name="questionReading"/> and that <paramref name="question"/> does not already hold (as a term, or
    /// written out: 資格確認書 analyses as 資格 and 確認, and its 確認書 must not count twice).</summary>
    public void AddSoundAlikes(string question, string questionReading, AnalyzedTerms terms)
    {
        var text = questionReading.AsSpan();
        for (int i = 0; i + MinReadingLength <= text.Length; i++)
        {
            if (!_byStart.TryGetValue((text[i], text[i + 1]), out var words))
            {
                continue;
            }
            foreach (var (kana, term) in words)
            {
                if (text[i..].StartsWith(kana, StringComparison.Ordinal) && !terms.Contains(term) && !question.Contains(term, StringComparison.Ordinal))
                {
                    terms.AddGroup(term);
                }
            }
        }
    }

    private static bool HasKanji(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsKatakana(string text)
    {
        foreach (var c in text)
        {
            if (c is not (>= 'ァ' and <= 'ヺ' or 'ー'))
            {
                return false;
            }
        }
        return true;
    }
}

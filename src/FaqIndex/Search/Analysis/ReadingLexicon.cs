namespace FaqIndex.Search.Analysis;

/// <summary>The kanji words of the entries' question side by their katakana reading, so that a word typed in kana
/// (でんわばんごう), with a same-sound wrong kanji (機嫌 for 期限) or with one kana dropped or doubled (しかくかくにしょ,
/// ほけんしょ) is also searched as the word the FAQ writes.</summary>
/// <remarks>Built once per snapshot. The misspellings are the readings one edit away that typing produces (one kana
/// dropped or doubled), written out when the lexicon is built, so they are matched as exactly as the readings. A
/// question's reading is scanned once for the readings, and the kana the member typed once for the misspellings (a
/// kanji word's reading is the dictionary's, never misspelled); each position looks up the readings that start with the
/// two characters there, so the cost grows with the question, not the vocabulary.</remarks>
internal sealed class ReadingLexicon
{
    // Shorter readings (カイ, ショウ are one or two kanji of many words) would match inside unrelated words.
    private const int MinReadingLength = 3;

    // A misspelling of a shorter reading is too often another word (カクニンシ: 確認し, not 確認書).
    private const int MinMisspelledLength = 4;

    private readonly Dictionary<(char, char), List<(string Reading, string Term)>> _byStart = [];
    private readonly Dictionary<(char, char), List<(string Reading, string Term)>> _misspelledByStart = [];

    /// <summary>Indexes every term of <paramref name="terms"/> that holds a kanji, under its reading.</summary>
    public ReadingLexicon(IEnumerable<string> terms, ReadingText reading)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var readings = new List<(string Reading, string Term)>();
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
            Add(_byStart, kana, term);
            exact.Add(kana);
            readings.Add((kana, term));
        }
        foreach (var (kana, term) in readings)
        {
            foreach (var misspelling in Misspellings(kana))
            {
                // A misspelling that is another word's reading is that word, not a typo.
                if (misspelling.Length >= MinMisspelledLength && !exact.Contains(misspelling))
                {
                    Add(_misspelledByStart, misspelling, term);
                }
            }
        }
    }

    private static void Add(Dictionary<(char, char), List<(string Reading, string Term)>> byStart, string kana, string term)
    {
        var key = (kana[0], kana[1]);
        if (!byStart.TryGetValue(key, out var words))
        {
            words = [];
            byStart[key] = words;
        }
        if (!words.Contains((kana, term)))
        {
            words.Add((kana, term));
        }
    }

    /// <summary>The readings one typing slip away from <paramref name="kana"/>: one kana doubled, or one dropped — never
    /// the first (the word would start elsewhere), and the last only when it lengthens a vowel (ホケンショ for ホケンショウ;
    /// カクニンシ for カクニンショ is the verb 確認する).</summary>
    internal static IEnumerable<string> Misspellings(string kana)
    {
        if (kana.Length < MinMisspelledLength)
        {
            yield break;
        }
        for (int i = 0; i < kana.Length; i++)
        {
            yield return kana.Insert(i, kana[i].ToString());
            bool dropped = i > 0 && (i < kana.Length - 1 || kana[i] is 'ウ' or 'イ' or 'ー');
            // Dropping one of two equal kana gives the same misspelling as dropping the other.
            if (dropped && kana[i] != kana[i - 1])
            {
                yield return kana.Remove(i, 1);
            }
        }
    }

    /// <summary>Appends to <paramref name="terms"/>, as positions of their own, the words whose reading occurs in
    /// <paramref name="questionReading"/> or one of whose misspellings occurs in the kana of <paramref name="question"/>,
    /// and that <paramref name="question"/> does not already hold (as a term, or written out: 資格確認書 analyses as 資格
    /// and 確認, and its 確認書 must not count twice).</summary>
    public void AddSoundAlikes(string question, string questionReading, AnalyzedTerms terms)
    {
        AddFound(_byStart, question, questionReading, terms);
        if (_misspelledByStart.Count == 0 || question.Length < MinMisspelledLength)
        {
            return;
        }
        // The typed kana as katakana; anything else becomes a space, which no reading holds, so a match stays in one run.
        Span<char> kana = question.Length <= 512 ? stackalloc char[question.Length] : new char[question.Length];
        for (int i = 0; i < question.Length; i++)
        {
            char c = question[i];
            kana[i] = c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c is >= 'ァ' and <= 'ヺ' or 'ー' ? c : ' ';
        }
        AddFound(_misspelledByStart, question, kana, terms);
    }

    private static void AddFound(Dictionary<(char, char), List<(string Reading, string Term)>> byStart, string question,
        ReadOnlySpan<char> text, AnalyzedTerms terms)
    {
        for (int i = 0; i + MinReadingLength <= text.Length; i++)
        {
            if (!byStart.TryGetValue((text[i], text[i + 1]), out var words))
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

namespace FaqIndex.Search.Understanding;

/// <summary>Undoes two kana slips of fast typing: っで for って (資格確認書っでなんですか), and わ written for the particle は,
/// as it sounds, between a word and a question word (保険証わどう使う, メリットわ何ですか).</summary>
/// <remarks>っで spells no standard hiragana word. わ after kanji is usually a verb's okurigana (終わる, 代わり, 使わない),
/// never followed by a question word, and after katakana it is never one; so only わ between a kanji or katakana word
/// and どう/何/なに/いつ/どこ/誰/だれ/いくら becomes は.</remarks>
public static class KanaSlips
{
    private static readonly string[] QuestionWords = ["どう", "何", "なに", "いつ", "どこ", "誰", "だれ", "いくら"];

    /// <summary>The text with the slips undone; the same instance when it has none.</summary>
    public static string Undo(string text)
    {
        if (text.IndexOf('わ') < 0 && !text.Contains("っで", StringComparison.Ordinal))
        {
            return text;
        }
        char[]? chars = null;
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            bool slip = c switch
            {
                'で' => text[i - 1] == 'っ',
                'わ' => IsWordEnd(text[i - 1]) && StartsWithQuestionWord(text.AsSpan(i + 1)),
                _ => false,
            };
            if (slip)
            {
                chars ??= text.ToCharArray();
                chars[i] = c == 'で' ? 'て' : 'は';
            }
        }
        return chars is null ? text : new string(chars);
    }

    private static bool IsWordEnd(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= 'ァ' and <= 'ヺ' or 'ー';

    private static bool StartsWithQuestionWord(ReadOnlySpan<char> rest)
    {
        foreach (var word in QuestionWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}

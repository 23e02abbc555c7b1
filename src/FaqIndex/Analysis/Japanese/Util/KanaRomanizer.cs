using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Analysis.Japanese.Util;

/// <summary>Writes kana in modified Hepburn romaji (シャ → sha, ッテ → tte, コンヤ → kon'ya); the prolonged sound
/// mark ー is dropped and characters that are not kana are copied unchanged.</summary>
internal static class KanaRomanizer
{
    private const char FirstKatakana = '\u30A1';
    private const char SmallTsu = '\u30C3';
    private const char Nn = '\u30F3';
    private const char ProlongedSoundMark = '\u30FC';

    // Romaji of ァ (U+30A1) .. ヺ (U+30FA), in code point order; ッ is handled as gemination.
    private static readonly string[] Romaji =
    (
        "a a i i u u e e o o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo " +
        "ta da chi ji - tsu zu te de to do na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe ho bo po " +
        "ma mi mu me mo ya ya yu yu yo yo ra ri ru re ro wa wa i e o n vu ka ke va vi ve vo"
    ).Split(' ');

    /// <summary>Number of kana the table covers (ァ..ヺ), checked by the tests.</summary>
    internal static int TableLength => Romaji.Length;

    /// <summary>Appends the romaji of <paramref name="kana"/> (katakana or hiragana) to <paramref name="term"/>.</summary>
    public static void Append(ReadOnlySpan<char> kana, ICharTermAttribute term)
    {
        Span<char> syllable = stackalloc char[8];
        bool geminate = false;
        int i = 0;
        while (i < kana.Length)
        {
            char c = ToKatakana(kana[i]);
            if (c == SmallTsu)
            {
                geminate = true;
                i++;
                continue;
            }
            if (c == ProlongedSoundMark)
            {
                i++;
                continue;
            }
            int length = Syllable(kana, i, syllable, out int consumed);
            if (length == 0)
            {
                if (geminate)
                {
                    geminate = false;
                }
                term.Append(kana[i]);
                i++;
                continue;
            }
            if (geminate)
            {
                geminate = false;
                char first = syllable[0];
                if (first == 'c')
                {
                    term.Append('t');                        // ッチ → tchi
                }
                else if (first is not ('a' or 'i' or 'u' or 'e' or 'o' or 'n'))
                {
                    term.Append(first);
                }
            }
            for (int k = 0; k < length; k++)
            {
                term.Append(syllable[k]);
            }
            i += consumed;
            if (c == Nn && i < kana.Length)
            {
                // ン before a vowel or y is written n' so that コンヤ (kon'ya) differs from コニャ (konya).
                int nextLength = Syllable(kana, i, syllable, out _);
                if (nextLength > 0 && syllable[0] is 'a' or 'i' or 'u' or 'e' or 'o' or 'y')
                {
                    term.Append('\'');
                }
            }
        }
    }

    /// <summary>Writes the romaji of the syllable starting at <paramref name="i"/> (one kana, or a kana with a small
    /// ャュョ or ァィゥェォ) into <paramref name="dest"/>; returns 0 when <paramref name="kana"/>[i] is not kana.</summary>
    private static int Syllable(ReadOnlySpan<char> kana, int i, Span<char> dest, out int consumed)
    {
        consumed = 1;
        char c = ToKatakana(kana[i]);
        if (c is < FirstKatakana or > '\u30FA' || c == SmallTsu)
        {
            return 0;
        }
        string baseRomaji = Romaji[c - FirstKatakana];
        baseRomaji.CopyTo(dest);
        int length = baseRomaji.Length;
        if (i + 1 >= kana.Length || c == Nn)
        {
            return length;
        }
        char next = ToKatakana(kana[i + 1]);
        if (next is '\u30E3' or '\u30E5' or '\u30E7' && length >= 2 && dest[length - 1] == 'i')
        {
            // キャ → kya; シャ → sha, チャ → cha, ジャ → ja (no y after sh, ch, j).
            consumed = 2;
            length--;
            bool palatal = dest[length - 1] == 'j' || (length >= 2 && dest[length - 1] == 'h' && dest[length - 2] is 's' or 'c');
            if (!palatal)
            {
                dest[length++] = 'y';
            }
            dest[length++] = Romaji[next - FirstKatakana][1];
            return length;
        }
        if (next is '\u30A1' or '\u30A3' or '\u30A5' or '\u30A7' or '\u30A9')
        {
            char vowel = Romaji[next - FirstKatakana][0];
            if (length >= 2)
            {
                // ファ → fa, ティ → ti, シェ → she, ヴォ → vo: the consonant of the kana with the small vowel.
                consumed = 2;
                dest[length - 1] = vowel;
                return length;
            }
            if (c is '\u30A6' or '\u30A4')
            {
                // ウィ → wi, イェ → ye.
                consumed = 2;
                dest[0] = c == '\u30A6' ? 'w' : 'y';
                dest[1] = vowel;
                return 2;
            }
        }
        return length;
    }

    private static char ToKatakana(char c) => c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c;
}

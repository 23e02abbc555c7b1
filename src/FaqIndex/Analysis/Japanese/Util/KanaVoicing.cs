namespace FaqIndex.Analysis.Japanese.Util;

/// <summary>Voiced (濁点) and semi-voiced (半濁点) forms of kana, computed from the regular layout of the Unicode
/// hiragana and katakana blocks; shared by the CharFilters that compose or repeat kana.</summary>
internal static class KanaVoicing
{
    private const int KatakanaShift = 0x60; // カ (U+30AB) − か (U+304B)

    /// <summary>True for the marks that voice the preceding kana: combining U+3099, spacing ゛ and half-width ﾞ.</summary>
    public static bool IsVoicedMark(char c) => c is '\u3099' or '\u309B' or '\uFF9E';

    /// <summary>True for the marks that semi-voice the preceding kana: combining U+309A, spacing ゜ and half-width ﾟ.</summary>
    public static bool IsSemiVoicedMark(char c) => c is '\u309A' or '\u309C' or '\uFF9F';

    /// <summary>The voiced form (か → が, ウ → ヴ, ワ → ヷ, ゝ → ゞ), or '\0' when the kana has none.</summary>
    public static char Voiced(char c)
    {
        switch (c)
        {
            case '\u3046': return '\u3094';                 // う → ゔ
            case '\u309D': return '\u309E';                 // ゝ → ゞ
            case '\u30FD': return '\u30FE';                 // ヽ → ヾ
            case >= '\u30EF' and <= '\u30F2': return (char)(c + 8); // ワヰヱヲ → ヷヸヹヺ
        }
        bool katakana = IsKatakanaLetter(c);
        int h = katakana ? c - KatakanaShift : c;
        int voiced = 0;
        if (h is >= 0x304B and <= 0x3062 && (h - 0x304B) % 2 == 0)
        {
            voiced = h + 1;                                 // か..ち rows
        }
        else if (h is >= 0x3064 and <= 0x3069 && (h - 0x3064) % 2 == 0)
        {
            voiced = h + 1;                                 // つ, て, と
        }
        else if (h is >= 0x306F and <= 0x307D && (h - 0x306F) % 3 == 0)
        {
            voiced = h + 1;                                 // は..ほ
        }
        else if (h == 0x3046 && katakana)
        {
            return '\u30F4';                                // ウ → ヴ
        }
        if (voiced == 0)
        {
            return '\0';
        }
        return (char)(katakana ? voiced + KatakanaShift : voiced);
    }

    /// <summary>The semi-voiced form (は → ぱ, ホ → ポ), or '\0' when the kana has none.</summary>
    public static char SemiVoiced(char c)
    {
        bool katakana = IsKatakanaLetter(c);
        int h = katakana ? c - KatakanaShift : c;
        if (h is >= 0x306F and <= 0x307D && (h - 0x306F) % 3 == 0)
        {
            return (char)((katakana ? KatakanaShift : 0) + h + 2);
        }
        return '\0';
    }

    /// <summary>The unvoiced form of a voiced kana (が → か, ヴ → ウ), or '\0' when <paramref name="c"/> is not voiced.</summary>
    public static char Unvoiced(char c)
    {
        switch (c)
        {
            case '\u3094': return '\u3046';
            case '\u30F4': return '\u30A6';
            case '\u309E': return '\u309D';
            case '\u30FE': return '\u30FD';
            case >= '\u30F7' and <= '\u30FA': return (char)(c - 8);
        }
        bool katakana = IsKatakanaLetter(c);
        int h = katakana ? c - KatakanaShift : c;
        int plain = 0;
        if (h is >= 0x304C and <= 0x3062 && (h - 0x304B) % 2 == 1)
        {
            plain = h - 1;
        }
        else if (h is >= 0x3065 and <= 0x3069 && (h - 0x3064) % 2 == 1)
        {
            plain = h - 1;
        }
        else if (h is >= 0x3070 and <= 0x307D && (h - 0x306F) % 3 == 1)
        {
            plain = h - 1;
        }
        if (plain == 0)
        {
            return '\0';
        }
        return (char)(katakana ? plain + KatakanaShift : plain);
    }

    /// <summary>Hiragana letters ぁ..ゖ.</summary>
    public static bool IsHiraganaLetter(char c) => c is >= '\u3041' and <= '\u3096';

    /// <summary>Katakana letters ァ..ヶ that have a hiragana twin 0x60 below.</summary>
    public static bool IsKatakanaLetter(char c) => c is >= '\u30A1' and <= '\u30F6';
}

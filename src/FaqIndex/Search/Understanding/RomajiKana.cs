namespace FaqIndex.Search.Understanding;

/// <summary>Turns words typed in romaji (Hepburn, Kunrei or IME spelling: shikaku/sikaku, hokenshou/hokensho/hokensyou,
/// nn for ん) into hiragana, so they meet the FAQ through the reading field. A word with a capital letter (MHW, WEB) or
/// one that does not spell kana to the end (hello, test) is kept as typed.</summary>
public static class RomajiKana
{
    // Syllables by spelling; the longest spelling that matches wins.
    private static readonly Dictionary<string, string> Syllables = Build();

    /// <summary>The text with every all-lowercase romaji word written in hiragana; the same instance when none is.</summary>
    public static string Convert(string text)
    {
        int i = 0;
        System.Text.StringBuilder? output = null;
        int copied = 0;
        while (i < text.Length)
        {
            if (!IsLower(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '-' || text[i] == '\''))
            {
                i++;
            }
            if (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
            {
                continue;
            }
            var word = text.AsSpan(start, i - start);
            if (!TryKana(word, out var kana))
            {
                continue;
            }
            output ??= new System.Text.StringBuilder(text.Length);
            output.Append(text, copied, start - copied).Append(kana);
            copied = i;
        }
        if (output is null)
        {
            return text;
        }
        return output.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    /// <summary>Spells <paramref name="word"/> in hiragana; false when it has capitals or a letter that spells no kana.</summary>
    public static bool TryKana(ReadOnlySpan<char> word, out string kana)
    {
        kana = "";
        if (word.Length < 2)
        {
            return false;
        }
        Span<char> buffer = stackalloc char[word.Length * 2];
        int written = 0;
        int i = 0;
        while (i < word.Length)
        {
            char c = word[i];
            if (!IsLower(c) && c != '-' && c != '\'')
            {
                return false;
            }
            if (c == '-')
            {
                buffer[written++] = 'ー';
                i++;
                continue;
            }
            if (c == '\'')
            {
                i++;
                continue;
            }
            char next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (c == 'n')
            {
                // n before a consonant, at the end, or doubled before a consonant is ん; nn before a vowel is ん + n….
                if (next == 'n')
                {
                    char after = i + 2 < word.Length ? word[i + 2] : '\0';
                    buffer[written++] = 'ん';
                    i += IsVowel(after) || after == 'y' ? 1 : 2;
                    continue;
                }
                if (next == '\0' || next == '\'' || next == '-' || (!IsVowel(next) && next != 'y'))
                {
                    buffer[written++] = 'ん';
                    i++;
                    continue;
                }
            }
            else if (c == next && !IsVowel(c))
            {
                buffer[written++] = 'っ';
                i++;
                continue;
            }
            else if (c == 't' && next == 'c')
            {
                buffer[written++] = 'っ';
                i++;
                continue;
            }
            bool matched = false;
            for (int length = Math.Min(3, word.Length - i); length >= 1; length--)
            {
                if (Syllables.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.Slice(i, length), out var syllable))
                {
                    syllable.CopyTo(buffer[written..]);
                    written += syllable.Length;
                    i += length;
                    matched = true;
                    break;
                }
            }
            if (!matched)
            {
                return false;
            }
        }
        kana = new string(buffer[..written]);
        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'i' or 'u' or 'e' or 'o';

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Row(string consonant, string kana)
        {
            for (int v = 0; v < 5; v++)
            {
                if (kana[v] != '・')
                {
                    map[consonant + "aiueo"[v]] = kana[v].ToString();
                }
            }
        }
        Row("", "あいうえお");
        Row("k", "かきくけこ");
        Row("s", "さしすせそ");
        Row("t", "たちつてと");
        Row("n", "なにぬねの");
        Row("h", "はひふへほ");
        Row("m", "まみむめも");
        Row("y", "や・ゆ・よ");
        Row("r", "らりるれろ");
        Row("l", "らりるれろ");
        Row("w", "わ・・・を");
        Row("g", "がぎぐげご");
        Row("z", "ざじずぜぞ");
        Row("d", "だぢづでど");
        Row("b", "ばびぶべぼ");
        Row("p", "ぱぴぷぺぽ");
        Row("x", "ぁぃぅぇぉ");
        // Hepburn spellings and the irregular ones both systems accept.
        map["shi"] = "し"; map["chi"] = "ち"; map["tsu"] = "つ"; map["fu"] = "ふ"; map["ji"] = "じ";
        map["si"] = "し"; map["ti"] = "ち"; map["tu"] = "つ"; map["hu"] = "ふ"; map["zi"] = "じ";
        map["wo"] = "を"; map["ltu"] = "っ"; map["xtu"] = "っ";
        foreach (var (consonant, i) in new[] { ("k", "き"), ("g", "ぎ"), ("n", "に"), ("h", "ひ"), ("m", "み"), ("r", "り"), ("b", "び"), ("p", "ぴ"), ("s", "し"), ("t", "ち"), ("z", "じ"), ("d", "ぢ") })
        {
            map[consonant + "ya"] = i + "ゃ";
            map[consonant + "yu"] = i + "ゅ";
            map[consonant + "yo"] = i + "ょ";
            map[consonant + "ye"] = i + "ぇ";
        }
        foreach (var (spelling, i) in new[] { ("sh", "し"), ("ch", "ち"), ("j", "じ"), ("jy", "じ") })
        {
            map[spelling + "a"] = i + "ゃ";
            map[spelling + "u"] = i + "ゅ";
            map[spelling + "o"] = i + "ょ";
            map[spelling + "e"] = i + "ぇ";
        }
        map["fa"] = "ふぁ"; map["fi"] = "ふぃ"; map["fe"] = "ふぇ"; map["fo"] = "ふぉ";
        map["thi"] = "てぃ"; map["dhi"] = "でぃ"; map["va"] = "ゔぁ"; map["vi"] = "ゔぃ"; map["vu"] = "ゔ";
        map["we"] = "うぇ"; map["wi"] = "うぃ";
        return map;
    }
}

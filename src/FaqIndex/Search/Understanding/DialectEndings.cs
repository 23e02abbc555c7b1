namespace FaqIndex.Search.Understanding;

/// <summary>Rewrites common regional endings and particles (関西, 広島, 博多, 東北) into standard Japanese, so that
/// 「なくしてもうた」「使えへん」「持っとらん」「どげんすれば」 analyse like 「なくしてしまった」「使えない」「持っていない」
/// 「どうすれば」 and do not count as words the FAQ does not know.</summary>
public static class DialectEndings
{
    // Longer patterns first where one contains another; each is plain text (no regex per question). The text is already
    // NFKC-normalised, so question and exclamation marks are ASCII. 博多's ばい is sentence-final only: inside a
    // sentence it is the standard すればいい.
    private static readonly (string From, string To)[] Rewrites =
    [
        // The negative ん before かった/くなる (読み込めんかった, 使えんくなった), before 使えん below makes it 使えない.
        ("えんかった", "えなかった"), ("めんかった", "めなかった"), ("れんかった", "れなかった"), ("けんかった", "けなかった"),
        ("えんくな", "えなくな"), ("めんくな", "めなくな"), ("れんくな", "れなくな"),
        // 博多's adjective か for い after たい (やめたかっちゃけど: やめたいのだけど), before っちゃけど below.
        ("たかっちゃけど", "たいのだけど"), ("たかと?", "たいの?"),
        ("るんは", "るのは"), ("るんが", "るのが"),
        ("せなあかん", "しなければならない"), ("なあかん", "なければならない"), ("たらあかん", "てはいけない"), ("あかん", "だめ"),
        ("てしもうた", "てしまった"), ("てしもた", "てしまった"), ("てしもうて", "てしまって"), ("てもうた", "てしまった"), ("てもうて", "てしまって"),
        ("しもうた", "しまった"), ("でもうた", "でしまった"),
        ("えへん", "えない"), ("れへん", "れない"), ("けへん", "けない"), ("せへん", "しない"), ("めへん", "めない"), ("されへん", "されない"),
        ("きとらん", "きていない"), ("っとらん", "っていない"), ("いとらん", "いていない"), ("しとらん", "していない"), ("きとる", "きている"), ("っとる", "っている"), ("いとる", "いている"), ("しとる", "している"), ("んとる", "んでいる"),
        ("んといけん", "ないといけない"), ("んといかん", "ないといけない"), ("いけんの", "いけないの"),
        ("ええん", "いいの"), ("ええの", "いいの"), ("ええ?", "いい?"), ("ええか", "いいか"), ("たらええ", "たらいい"), ("ても ええ", "てもいい"), ("てもええ", "てもいい"), ("ほうがええ", "ほうがいい"),
        ("よかと", "いいの"), ("よか?", "いい?"), ("どげん", "どう"), ("どないしたら", "どうしたら"), ("どない", "どう"), ("どうすりゃ", "どうすれば"),
        ("っちゃけど", "のだけど"), ("んやけど", "のだけど"), ("じゃけど", "だけど"), ("やけど", "だけど"), ("っちゃろか", "のだろうか"), ("やろか", "だろうか"), ("じゃろ", "だろう"),
        ("んだべか", "のですか"), ("んだべ", "のですか"), ("だべか", "ですか"), ("だべ", "でしょう"), ("べか", "か"), ("んけ?", "の?"),
        ("んかいのう", "のか"), ("んかいの", "のか"), ("かいのう", "かな"), ("かいの", "かな"), ("んかね", "のか"),
        ("けぇ", "から"), ("けん、", "から、"), ("ちゃうん", "違うの"), ("ちゃう", "違う"), ("もろた", "もらった"),
        ("なんなん", "何"), ("るん?", "るの?"), ("えるん", "えるの"), ("と?", "の?"), ("わからん", "わからない"), ("分からん", "分からない"), ("知らん", "知らない"), ("使えん", "使えない"), ("読まん", "読まない"),
        ("作らん", "作らない"), ("出さん", "出さない"), ("言われたん", "言われた"), ("言うて", "言って"),
        // 関西's adjectives before なる (安うなる): only these stems, since a verb's う (使うなら) must stay.
        ("安うな", "安くな"), ("高うな", "高くな"), ("早うな", "早くな"), ("遅うな", "遅くな"),
    ];

    // Endings that are only dialect at the very end of a sentence: 博多's ばい (inside a sentence it is the standard
    // すればいい), 関西's やわ (やわらかい) and んよ (困るんよ).
    private static readonly (string From, string To)[] FinalRewrites = [("ばい", ""), ("やわ", "だ"), ("んよ", "の")];

    /// <summary>The text with regional endings rewritten; the same instance when it has none.</summary>
    public static string Normalize(string text)
    {
        if (!HasHiragana(text))
        {
            return text;
        }
        var result = text;
        foreach (var (from, to) in Rewrites)
        {
            if (result.Contains(from, StringComparison.Ordinal))
            {
                result = result.Replace(from, to, StringComparison.Ordinal);
            }
        }
        return ObjectBa(SentenceEnds(result));
    }

    // Rewrites FinalRewrites where a sentence ends (before 。?! or at the end of the text).
    private static string SentenceEnds(string text)
    {
        System.Text.StringBuilder? output = null;
        int copied = 0;
        for (int end = 0; end <= text.Length; end++)
        {
            if (end < text.Length && text[end] is not ('。' or '?' or '!'))
            {
                continue;
            }
            foreach (var (from, to) in FinalRewrites)
            {
                int start = end - from.Length;
                if (start >= copied && text.AsSpan(start, from.Length).SequenceEqual(from))
                {
                    output ??= new System.Text.StringBuilder(text.Length);
                    output.Append(text, copied, start - copied).Append(to);
                    copied = end;
                    break;
                }
            }
        }
        return output is null ? text : output.Append(text, copied, text.Length - copied).ToString();
    }

    // 博多's object particle ば (マイナ保険証ば作りたい, 何ばすれば) between a kanji or katakana word and a verb is を;
    // the conditional ば always follows hiragana (すれば), so it stays.
    private static string ObjectBa(string text)
    {
        int index = text.IndexOf('ば');
        if (index < 0)
        {
            return text;
        }
        char[]? chars = null;
        for (int i = index; i >= 1 && i < text.Length - 1; i = text.IndexOf('ば', i + 1))
        {
            char before = text[i - 1];
            char after = text[i + 1];
            if ((IsKanji(before) || IsKatakana(before)) && (IsKanji(after) || (after is >= 'ぁ' and <= 'ゖ' && after != 'い')))
            {
                chars ??= text.ToCharArray();
                chars[i] = 'を';
            }
        }
        return chars is null ? text : new string(chars);
    }

    private static bool HasHiragana(string text)
    {
        foreach (var c in text)
        {
            if (c is >= 'ぁ' and <= 'ゖ')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsKatakana(char c) => c is >= 'ァ' and <= 'ヺ' or 'ー';
}

using System.Text;
using FaqIndex.Analysis.Japanese;
using static FaqIndex.Tests.Analysis.Japanese.JapaneseTokenizerAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

/// <summary>Random text over the whole of Unicode (seeded, so failures reproduce): the tokenizer never throws,
/// offsets stay in bounds and increase, and normal-mode surfaces concatenate to the input minus MeCab's spaces.</summary>
public sealed class JapaneseTokenizerPropertyTests
{
    // Pieces that stress the lattice: scripts, spaces (Ð is listed as SPACE in char.def but ALPHA overrides it), controls,
    // combining marks, surrogate pairs, ZWJ sequences and unpaired surrogates.
    private static readonly string[] Pieces =
    [
        "資格", "確認書", "マイナ", "ｶﾀｶﾅ", "ー", "、", "。", "！？", " ", "\t", "\u3000", "Ð", "\u000B", "\0", "\u0001",
        "\u0301", "\u200D", "😀", "👨‍👩‍👧", "𠮷", "\uD800", "\uDC00", "\uDBFF\uDBFF", "abc", "ＡＢＣ", "123", "１２３",
        "一〇〇〇", "〒", "℃", "Ελ", "Ру", "한", "\uFFFD", "\uFFFF", "\u2028", "々", "ヶ",
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomTextKeepsTheTokenStreamContract(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 25; round++)
        {
            var text = RandomText(random);
            foreach (var mode in new[] { JapaneseTokenizerMode.Normal, JapaneseTokenizerMode.Search, JapaneseTokenizerMode.Extended })
            {
                var tokens = Tokens(text, mode, discardPunctuation: round % 2 == 0);
                foreach (var token in tokens)
                {
                    Assert.Equal(text[token.Start..token.End], token.Term);
                    Assert.False(char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]),
                        $"token splits a surrogate pair (seed {seed}, round {round})");
                }
            }
            var normal = Tokens(text);
            Assert.Equal(WithoutMecabSpaces(text), string.Concat(normal.Select(t => t.Term)));
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var pieces = random.Next(0, 40);
        for (var i = 0; i < pieces; i++)
        {
            if (random.Next(4) == 0)
            {
                // Any UTF-16 code unit at all, surrogates included.
                builder.Append((char)random.Next(0, 0x10000));
            }
            else
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }
        return builder.ToString();
    }

    /// <summary>The input minus what MeCab skips (the SPACE category: space, tab, VT, LF) and line breaks.</summary>
    private static string WithoutMecabSpaces(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c is not (' ' or '\t' or '\u000B' or '\n' or '\r'))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}

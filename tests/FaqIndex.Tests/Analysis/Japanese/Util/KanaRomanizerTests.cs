using FaqIndex.Analysis.Japanese.Util;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Tests.Analysis.Japanese.Util;

public class KanaRomanizerTests
{
    private static string Romanize(string kana)
    {
        var term = new CharTermAttribute();
        KanaRomanizer.Append(kana, term);
        return term.ToString();
    }

    [Fact]
    public void EveryKanaOfTheTableRomanizesToAsciiLetters()
    {
        Assert.Equal(0x30FA - 0x30A1 + 1, KanaRomanizer.TableLength);
        for (char c = '\u30A1'; c <= '\u30FA'; c++)
        {
            string romaji = Romanize(c.ToString());
            Assert.All(romaji, ch => Assert.True(ch is >= 'a' and <= 'z', $"{c} → {romaji}"));
        }
    }

    [Theory]
    [InlineData("ホケンショウ", "hokenshou")]
    [InlineData("シカクカクニンショ", "shikakukakuninsho")]
    [InlineData("ヂャ ヅ", "ja zu")]
    [InlineData("ッッカ", "kka")]
    [InlineData("ンア", "n'a")]
    [InlineData("ウェブ", "webu")]
    [InlineData("イェ", "ye")]
    [InlineData("アァ", "aa")]
    [InlineData("", "")]
    public void WritesModifiedHepburn(string kana, string romaji) => Assert.Equal(romaji, Romanize(kana));
}

using FaqIndex.Analysis.Japanese;
using FaqIndex.Tests.Analysis.TestSupport;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using static FaqIndex.Tests.Analysis.TestSupport.BaseTokenStreamAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public class JapaneseKatakanaStemFilterTests
{
    // mecab (IPADIC) on "コピーとユーザーとサーバー".
    private const string Loanwords = """
        コピー	名詞,サ変接続,*,*,*,*,コピー,コピー,コピー
        と	助詞,並立助詞,*,*,*,*,と,ト,ト
        ユーザー	名詞,一般,*,*,*,*,ユーザー,ユーザー,ユーザー
        と	助詞,並立助詞,*,*,*,*,と,ト,ト
        サーバー	名詞,一般,*,*,*,*,サーバー,サーバー,サーバー
        EOS
        """;

    private static CannedMorphemeTokenStream Words(params string[] words)
    {
        var tokens = new CannedToken[words.Length];
        int offset = 0;
        for (int i = 0; i < words.Length; i++)
        {
            tokens[i] = new CannedToken(words[i], offset, offset + words[i].Length);
            offset += words[i].Length;
        }
        return new CannedMorphemeTokenStream(new TestMorphemeFeatures(), offset, tokens);
    }

    [Fact]
    public void LongKatakanaWordsLoseTheirFinalProlongedSoundMark()
    {
        AssertTokenStreamContents(new JapaneseKatakanaStemFilter(CannedMorphemeTokenStream.FromMecab(Loanwords)),
            ["コピー", "と", "ユーザ", "と", "サーバ"], [0, 3, 4, 8, 9], [3, 4, 8, 9, 13]);
    }

    [Fact]
    public void OnlyAllKatakanaWordsEndingInTheMarkAreStemmed()
    {
        AssertTokenStreamContents(new JapaneseKatakanaStemFilter(Words("ユーザー登録", "らーめーー", "ﾕｰｻﾞｰ", "ーーーー", "ユーザ", "ー")),
            ["ユーザー登録", "らーめーー", "ﾕｰｻﾞｰ", "ーーー", "ユーザ", "ー"]);
    }

    [Fact]
    public void MinimumLengthIsConfigurable()
    {
        AssertTokenStreamContents(new JapaneseKatakanaStemFilter(Words("コピー", "メモリー"), minimumLength: 3), ["コピ", "メモリ"]);
        AssertTokenStreamContents(new JapaneseKatakanaStemFilter(Words("コピー", "メモリー"), minimumLength: 6), ["コピー", "メモリー"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => new JapaneseKatakanaStemFilter(Words("ー"), minimumLength: 1));
    }

    [Fact]
    public void KeywordsAreNotStemmed()
    {
        var keywords = new CharArraySet(LuceneVersion.LUCENE_48, ["サーバー"], false);
        AssertTokenStreamContents(new JapaneseKatakanaStemFilter(new SetKeywordMarkerFilter(Words("サーバー", "ユーザー"), keywords)),
            ["サーバー", "ユーザ"]);
    }
}

using FaqIndex.Analysis.Japanese;
using FaqIndex.Tests.Analysis.TestSupport;
using Lucene.Net.Util;
using static FaqIndex.Tests.Analysis.TestSupport.BaseTokenStreamAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public class JapanesePartOfSpeechStopFilterTests
{
    // mecab (IPADIC) on "再発行できますか".
    private const string Reissue = """
        再	接頭詞,名詞接続,*,*,*,*,再,サイ,サイ
        発行	名詞,サ変接続,*,*,*,*,発行,ハッコウ,ハッコー
        でき	動詞,自立,*,*,一段,連用形,できる,デキ,デキ
        ます	助動詞,*,*,*,特殊・マス,基本形,ます,マス,マス
        か	助詞,副助詞／並立助詞／終助詞,*,*,*,*,か,カ,カ
        EOS
        """;

    private static JapanesePartOfSpeechStopFilter Filter(string mecab, params string[] tags) =>
        new(LuceneVersion.LUCENE_48, CannedMorphemeTokenStream.FromMecab(mecab), new HashSet<string>(tags));

    [Fact]
    public void ParticlesAndAuxiliariesAreRemovedLeavingPositionGaps()
    {
        AssertTokenStreamContents(Filter(MecabSamples.LostCard, "助詞-格助詞-一般", "助動詞"),
            ["マイナ", "保険", "証", "なくし"], [0, 3, 5, 7], [3, 5, 6, 10], [1, 1, 1, 2], [1, 1, 1, 1], 13);
    }

    [Fact]
    public void TagsMatchTheFullPartOfSpeechOnly()
    {
        // "助詞" alone is not the tag of any token: IPADIC tags particles with their subtype.
        AssertTokenStreamContents(Filter(Reissue, "助詞", "接頭詞"),
            ["再", "発行", "でき", "ます", "か"]);
        AssertTokenStreamContents(Filter(Reissue, "助詞-副助詞／並立助詞／終助詞", "助動詞"),
            ["再", "発行", "でき"], [0, 1, 3], [1, 3, 5], [1, 1, 1]);
    }

    [Fact]
    public void TokensWithoutPartOfSpeechAreKept()
    {
        var stream = new CannedMorphemeTokenStream(new TestMorphemeFeatures(), 3, new CannedToken("abc", 0, 3));
        AssertTokenStreamContents(new JapanesePartOfSpeechStopFilter(LuceneVersion.LUCENE_48, stream,
            new HashSet<string> { "名詞-一般" }), ["abc"]);
    }

    [Fact]
    public void RemovingEveryTokenLeavesAnEmptyStreamWithTheFinalOffset()
    {
        AssertTokenStreamContents(Filter(Reissue, "接頭詞-名詞接続", "名詞-サ変接続", "動詞-自立", "助動詞",
            "助詞-副助詞／並立助詞／終助詞"), [], finalOffset: 8);
    }

    [Fact]
    public void NullStopTagsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new JapanesePartOfSpeechStopFilter(LuceneVersion.LUCENE_48,
            CannedMorphemeTokenStream.FromMecab(Reissue), null!));
    }
}

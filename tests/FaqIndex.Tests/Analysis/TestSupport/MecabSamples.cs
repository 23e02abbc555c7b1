namespace FaqIndex.Tests.Analysis.TestSupport;

/// <summary>mecab (IPADIC) output for sentences several filter tests replay through a canned token stream.</summary>
public static class MecabSamples
{
    /// <summary>mecab on "マイナ保険証をなくしました".</summary>
    public const string LostCard = """
        マイナ	名詞,一般,*,*,*,*,*
        保険	名詞,一般,*,*,*,*,保険,ホケン,ホケン
        証	名詞,接尾,一般,*,*,*,証,ショウ,ショー
        を	助詞,格助詞,一般,*,*,*,を,ヲ,ヲ
        なくし	動詞,自立,*,*,五段・サ行,連用形,なくす,ナクシ,ナクシ
        まし	助動詞,*,*,*,特殊・マス,連用形,ます,マシ,マシ
        た	助動詞,*,*,*,特殊・タ,基本形,た,タ,タ
        EOS
        """;
}

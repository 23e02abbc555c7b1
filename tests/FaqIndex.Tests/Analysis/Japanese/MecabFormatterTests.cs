using FaqIndex.Analysis.Japanese;

namespace FaqIndex.Tests.Analysis.Japanese;

public sealed class MecabFormatterTests
{
    [Fact]
    public void WritesSurfaceTabFeaturesAndEos()
    {
        var writer = new StringWriter();
        new MecabFormatter().WriteLine("保険証です", writer);
        Assert.Equal("保険\t名詞,一般,*,*,*,*,保険,ホケン,ホケン\n証\t名詞,接尾,一般,*,*,*,証,ショウ,ショー\nです\t助動詞,*,*,*,特殊・デス,基本形,です,デス,デス\nEOS\n", writer.ToString());
    }

    [Fact]
    public void UnknownWordsHaveSevenFeatures()
    {
        var writer = new StringWriter();
        new MecabFormatter().WriteLine("😀", writer);
        Assert.Equal("😀\t記号,一般,*,*,*,*,*\nEOS\n", writer.ToString());
    }

    [Fact]
    public void EmptyLineIsJustEos()
    {
        var writer = new StringWriter();
        new MecabFormatter(JapaneseTokenizerMode.Search).WriteLine("", writer);
        Assert.Equal("EOS\n", writer.ToString());
    }
}

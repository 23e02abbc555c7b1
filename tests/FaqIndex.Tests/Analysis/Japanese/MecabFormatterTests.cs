using System.Buffers;
using System.Text;
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

    [Fact]
    public void Utf8OutputIsTheSameTextAsTheTextWriterOutput()
    {
        const string line = "マイナ保険証を紛失しました。令和7年12月1日😀ｱｲｳ abc";
        var bytes = new ArrayBufferWriter<byte>();
        var formatter = new MecabFormatter();
        formatter.WriteLine(line, bytes);
        var writer = new StringWriter();
        formatter.WriteLine(line, writer);
        Assert.Equal(writer.ToString(), Encoding.UTF8.GetString(bytes.WrittenSpan));
        Assert.EndsWith("EOS\n", writer.ToString());
    }

    [Fact]
    public void LoneSurrogatesBecomeReplacementCharactersInValidUtf8()
    {
        var bytes = new ArrayBufferWriter<byte>();
        new MecabFormatter().WriteLine("a\ud800b\udc00", bytes);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.WrittenSpan);
        Assert.Contains("\ufffd", text);
        Assert.DoesNotContain('\ud800', text);
        Assert.EndsWith("EOS\n", text);
    }
}

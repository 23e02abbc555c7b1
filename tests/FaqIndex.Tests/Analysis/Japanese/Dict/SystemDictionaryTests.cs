using FaqIndex.Analysis.Japanese.Dict;

namespace FaqIndex.Tests.Analysis.Japanese.Dict;

public sealed class SystemDictionaryTests
{
    [Fact]
    public void EmbeddedIpadicHasEveryEntryPlusTheEraName()
    {
        var dictionary = SystemDictionary.Instance;
        Assert.Equal(392_127, dictionary.TokenInfo.Count); // 392,126 from the npm source + 令和
        Assert.Equal(1316, dictionary.Costs.ForwardSize);
        Assert.Equal(1316, dictionary.Costs.BackwardSize);
        Assert.Equal("DEFAULT", dictionary.Characters.CategoryName(0));
    }

    [Fact]
    public void CommonPrefixSearchFindsShortestFirst()
    {
        var matches = new PrefixMatch[16];
        var found = SystemDictionary.Instance.TokenInfo.CommonPrefixSearch("関西国際空港", matches);
        var lengths = matches[..found].Select(m => m.Length).ToArray();
        Assert.Equal(lengths.Order(), lengths);
        Assert.Contains(2, lengths); // 関西
        Assert.Contains(6, lengths); // 関西国際空港
    }

    [Fact]
    public void FeaturesAreMecabsFeatureString()
    {
        var tokenInfo = SystemDictionary.Instance.TokenInfo;
        var matches = new PrefixMatch[16];
        var found = tokenInfo.CommonPrefixSearch("令和", matches);
        var era = matches[..found].Single(m => m.Length == 2);
        Assert.Equal("名詞,固有名詞,一般,*,*,*,令和,レイワ,レイワ", tokenInfo.GetFeature(era.FirstEntry));
        Assert.Equal("名詞-固有名詞-一般", tokenInfo.GetPartOfSpeech(era.FirstEntry));
        Assert.Null(tokenInfo.GetBaseForm(era.FirstEntry));
        Assert.Equal("レイワ", tokenInfo.GetReading(era.FirstEntry));
    }

    [Fact]
    public void CorruptFileIsOneClearError()
    {
        using var stream = new MemoryStream([1, 2, 3]);
        var error = Assert.Throws<InvalidDataException>(() => new DictionaryFileReader(stream, "ConnectionCosts"));
        Assert.Contains("ConnectionCosts.bin", error.Message);
    }

    [Fact]
    public void WrongHeaderIsRejected()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("FaqIndex.TokenInfoDictionary");
            writer.Write(99);
        }
        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => new DictionaryFileReader(stream, "TokenInfoDictionary"));
        Assert.Contains("version", error.Message);
    }

    [Fact]
    public void MissingFolderFileIsOneClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => SystemDictionary.LoadFrom(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
        Assert.Contains("CharacterDefinition.bin", error.Message);
    }
}

using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using FaqIndex.Analysis.Japanese;
using FaqIndex.Analysis.Japanese.Dict;
using FaqIndex.Analysis.Japanese.Viterbi;
using FaqIndex.DictionaryCompiler;

namespace FaqIndex.Tests.DictionaryCompiler;

/// <summary>The build-time compiler on a toy IPADIC packed like the npm tarball, read back by the run-time readers.</summary>
public sealed class DictionaryBuilderTests : IDisposable
{
    private const string CharDef = """
        DEFAULT 0 1 0  # mandatory
        SPACE   0 1 0
        KANJI   0 0 2
        KATAKANA 1 1 2
        0x0020 SPACE
        0x30A1..0x30FF KATAKANA
        0x4E00..0x9FA5 KANJI
        """;

    private const string UnkDef = """
        DEFAULT,1,1,1000,記号,一般,*,*,*,*,*
        SPACE,1,1,1000,記号,空白,*,*,*,*,*
        KANJI,1,1,5000,名詞,一般,*,*,*,*,*
        KATAKANA,1,1,3000,名詞,一般,*,*,*,*,*
        """;

    // Two ids; every connection costs 0 so word costs alone decide.
    private const string Matrix = "2 2\n0 0 0\n0 1 0\n1 0 0\n1 1 0\n";

    private readonly string folder = Directory.CreateTempSubdirectory("dictcompiler").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void CompiledToyDictionarySegmentsWithItsCosts()
    {
        var dictionary = Compile(new()
        {
            ["Noun.csv"] = "保険,1,1,100,名詞,一般,*,*,*,*,保険,ホケン,ホケン\n保険証,1,1,150,名詞,一般,*,*,*,*,保険証,ホケンショウ,ホケンショー\n証,1,1,100,名詞,接尾,*,*,*,*,証,ショウ,ショー\n",
        });
        Assert.Equal(["保険証"], Segment(dictionary, "保険証"));
        Assert.Equal(["保険証", "カード"], Segment(dictionary, "保険証 カード"));
        Assert.Equal(3, dictionary.TokenInfo.Count);
    }

    [Fact]
    public void EntriesOfOneSurfaceKeepMecabsFileOrderSoTiesAgree()
    {
        // Equal costs: the first entry in read order wins. MeCab read Noun.place.csv before Adverb.csv.
        var dictionary = Compile(new()
        {
            ["Adverb.csv"] = "万,1,1,100,副詞,一般,*,*,*,*,万,バン,バン\n",
            ["Noun.place.csv"] = "万,1,1,100,名詞,固有名詞,地域,一般,*,*,万,マン,マン\n",
        });
        var segmenter = new ViterbiSegmenter(dictionary, null);
        var buffer = new MorphemeBuffer();
        segmenter.Segment("万", JapaneseTokenizerMode.Normal, buffer);
        Assert.Equal("名詞,固有名詞,地域,一般,*,*,万,マン,マン", dictionary.TokenInfo.GetFeature(buffer[0].WordId));
    }

    [Fact]
    public void BrokenSourceIsAnErrorNamingFileAndLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => Compile(new() { ["Noun.csv"] = "ok,1,1,1,名詞\nbroken\n" }));
        Assert.Contains("Noun.csv:2", error.Message);
    }

    private SystemDictionary Compile(Dictionary<string, string> csvFiles)
    {
        var tarball = Path.Combine(folder, "package.tgz");
        using (var gzip = new GZipStream(File.Create(tarball), CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            var files = new Dictionary<string, string>(csvFiles) { ["char.def"] = CharDef, ["unk.def"] = UnkDef, ["matrix.def"] = Matrix };
            foreach (var (name, text) in files)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, "package/lib/dict/" + name)
                {
                    DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)),
                };
                tar.WriteEntry(entry);
            }
        }
        var output = Path.Combine(folder, "out");
        DictionaryBuilder.Build(SourceArchive.Read(tarball), output);
        return SystemDictionary.LoadFrom(output);
    }

    private static List<string> Segment(SystemDictionary dictionary, string text)
    {
        var segmenter = new ViterbiSegmenter(dictionary, null);
        var buffer = new MorphemeBuffer();
        segmenter.Segment(text, JapaneseTokenizerMode.Normal, buffer);
        var result = new List<string>();
        for (var i = 0; i < buffer.Count; i++)
        {
            result.Add(text.Substring(buffer[i].Start, buffer[i].Length));
        }
        return result;
    }
}

using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace FaqIndex.DictionaryCompiler;

/// <summary>The IPADIC source files read from the npm tarball (package/lib/dict/*), as UTF-8 text.</summary>
internal sealed class SourceArchive
{
    private readonly SortedDictionary<string, string> files;

    private SourceArchive(SortedDictionary<string, string> files) => this.files = files;

    // The order in which mecab-dict-index read the CSV files when Debian built mecab-ipadic-utf8 (directory order, not
    // sorted), recovered from the reference sys.dic: with it all 392,127 entries sit in the same position as there.
    // Entries of one surface keep this order, and it decides equal-cost ties in the Viterbi search (e.g. 万 as
    // 名詞,固有名詞,地域 before 副詞).
    private static readonly string[] MecabReadOrder =
    [
        "Noun.csv",
        "Symbol.csv",
        "Verb.csv",
        "Auxil.csv",
        "Noun.demonst.csv",
        "Noun.nai.csv",
        "Noun.place.csv",
        "Conjunction.csv",
        "Noun.others.csv",
        "Noun.proper.csv",
        "Others.csv",
        "Prefix.csv",
        "Noun.name.csv",
        "Adverb.csv",
        "Adnominal.csv",
        "Filler.csv",
        "Noun.verbal.csv",
        "Noun.adjv.csv",
        "Noun.adverbal.csv",
        "Noun.org.csv",
        "Postp.csv",
        "Interjection.csv",
        "Adj.csv",
        "Postp-col.csv",
        "Suffix.csv",
        "Noun.number.csv",
    ];

    /// <summary>CSV file names in MeCab's read order (files it did not know follow in ordinal order).</summary>
    public IEnumerable<string> CsvFiles
    {
        get
        {
            var csv = files.Keys.Where(name => name.EndsWith(".csv", StringComparison.Ordinal)).ToList();
            return MecabReadOrder.Where(csv.Contains).Concat(csv.Where(name => !MecabReadOrder.Contains(name)));
        }
    }

    public string this[string name] =>
        files.TryGetValue(name, out var text) ? text : throw new InvalidDataException("the IPADIC package has no " + name);

    public static SourceArchive Read(string tarball)
    {
        const string folder = "package/lib/dict/";
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !entry.Name.StartsWith(folder, StringComparison.Ordinal))
            {
                continue;
            }
            var name = entry.Name[folder.Length..];
            if (!name.EndsWith(".csv", StringComparison.Ordinal) && !name.EndsWith(".def", StringComparison.Ordinal))
            {
                continue;
            }
            using var buffer = new MemoryStream();
            entry.DataStream.CopyTo(buffer);
            files[name] = utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        return new SourceArchive(files);
    }
}

using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace FaqIndex.DictionaryCompiler;

/// <summary>The IPADIC source files read from the npm tarball (package/lib/dict/*), as UTF-8 text.</summary>
internal sealed class SourceArchive
{
    private readonly SortedDictionary<string, string> files;

    private SourceArchive(SortedDictionary<string, string> files) => this.files = files;

    /// <summary>CSV file names in ordinal order: the order mecab-dict-index reads them, which fixes tie-breaks.</summary>
    public IEnumerable<string> CsvFiles => files.Keys.Where(name => name.EndsWith(".csv", StringComparison.Ordinal));

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

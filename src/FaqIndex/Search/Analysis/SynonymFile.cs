using FaqIndex.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace FaqIndex.Search.Analysis;

/// <summary>Reads content/dictionary/synonyms.txt (Solr format: <c>a, b, c</c> are equivalent; <c>a =&gt; b</c> maps).</summary>
public static class SynonymFile
{
    /// <summary>The file name inside the dictionary folder.</summary>
    public const string FileName = "synonyms.txt";

    /// <summary>Parses the synonyms with <paramref name="analyzer"/> (the analyzer they will be applied after); returns
    /// null and reports a diagnostic when the file is missing or broken.</summary>
    public static SynonymMap? Load(string path, string relativePath, Analyzer analyzer, List<ContentDiagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            parser.Parse(reader);
            return parser.Build();
        }
        // The parser reports a bad rule with several exception types (ParseException wrapping an argument error).
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, 1, DiagnosticSeverity.Error,
                "cannot read the synonyms: " + (e.InnerException ?? e).Message));
            return null;
        }
    }
}

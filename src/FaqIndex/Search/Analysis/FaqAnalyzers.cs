using FaqIndex.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace FaqIndex.Search.Analysis;

/// <summary>The analyzers of one index generation, built once and shared by every thread (Lucene analyzers keep their
/// token streams per thread): the per-field index analyzer and the two query analyzers with synonyms.</summary>
public sealed class FaqAnalyzers
{
    /// <summary>The Lucene version every analysis component is created for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private FaqAnalyzers(Analyzer morphological, Analyzer bigram, Analyzer morphologicalQuery, Analyzer bigramQuery)
    {
        Morphological = morphological;
        Bigram = bigram;
        MorphologicalQuery = morphologicalQuery;
        BigramQuery = bigramQuery;
        var perField = new Dictionary<string, Analyzer> { [FaqIndexFields.Bigram] = bigram };
        Index = new PerFieldAnalyzerWrapper(morphological, perField);
    }

    /// <summary>The Japanese analyzer of the question, alternates, answer and tags fields.</summary>
    public Analyzer Morphological { get; }

    /// <summary>The CJK-bigram analyzer of the recall field.</summary>
    public Analyzer Bigram { get; }

    /// <summary>The morphological analyzer plus query-time synonyms.</summary>
    public Analyzer MorphologicalQuery { get; }

    /// <summary>The bigram analyzer plus query-time synonyms.</summary>
    public Analyzer BigramQuery { get; }

    /// <summary>The index-time analyzer, per field.</summary>
    public Analyzer Index { get; }

    /// <summary>Builds the analyzers from a content root's dictionary folder (user dictionary and synonyms); problems
    /// in those files are reported, never thrown.</summary>
    public static FaqAnalyzers Create(string? contentRoot, List<ContentDiagnostic> diagnostics)
    {
        var dictionary = contentRoot is null ? null : Path.Combine(contentRoot, "dictionary");
        var morphological = CreateMorphological(dictionary, diagnostics);
        var bigram = CreateBigram();
        var synonymsPath = dictionary is null ? null : Path.Combine(dictionary, SynonymFile.FileName);
        var relative = "dictionary/" + SynonymFile.FileName;
        var morphSynonyms = synonymsPath is null ? null : SynonymFile.Load(synonymsPath, relative, morphological, diagnostics);
        var bigramSynonyms = synonymsPath is null || morphSynonyms is null ? null : SynonymFile.Load(synonymsPath, relative, bigram, []);
        return new FaqAnalyzers(
            morphological,
            bigram,
            morphSynonyms is null ? morphological : new SynonymQueryAnalyzer(morphological, morphSynonyms),
            bigramSynonyms is null ? bigram : new SynonymQueryAnalyzer(bigram, bigramSynonyms));
    }

    /// <summary>The plain CJK-bigram analyzer (also the evaluation baseline's only analyzer).</summary>
    public static Analyzer CreateBigram() => new CJKAnalyzer(Version);

    private static Analyzer CreateMorphological(string? dictionaryFolder, List<ContentDiagnostic> diagnostics)
    {
        _ = dictionaryFolder;
        _ = diagnostics;
        return new CJKAnalyzer(Version);
    }
}

using FaqIndex.Analysis.Japanese;
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

    private FaqAnalyzers(Analyzer morphological, Analyzer bigram, Analyzer morphologicalQuery, Analyzer bigramQuery, ReadingText reading)
    {
        Reading = reading;
        Morphological = morphological;
        Bigram = bigram;
        MorphologicalQuery = morphologicalQuery;
        BigramQuery = bigramQuery;
        var perField = new Dictionary<string, Analyzer> { [FaqIndexFields.Bigram] = bigram, [FaqIndexFields.Reading] = bigram };
        Index = new PerFieldAnalyzerWrapper(morphological, perField);
    }

    /// <summary>The Japanese analyzer (search mode, base forms) of the question, alternates, answer and tags fields.</summary>
    public Analyzer Morphological { get; }

    /// <summary>The CJK-bigram analyzer of the recall field.</summary>
    public Analyzer Bigram { get; }

    /// <summary>The morphological analyzer plus query-time synonyms.</summary>
    public Analyzer MorphologicalQuery { get; }

    /// <summary>The bigram analyzer plus query-time synonyms.</summary>
    public Analyzer BigramQuery { get; }

    /// <summary>Turns text into its katakana reading for the reading-bigram field.</summary>
    public ReadingText Reading { get; }

    /// <summary>The index-time analyzer, per field.</summary>
    public Analyzer Index { get; }

    /// <summary>Builds the analyzers from a content set's user dictionary and synonyms; problems in the synonyms are
    /// reported, never thrown.</summary>
    public static FaqAnalyzers Create(ContentSet content, List<ContentDiagnostic> diagnostics) =>
        Create(content.UserDictionary, content.Synonyms, diagnostics);

    /// <summary>Builds the analyzers from a user dictionary and synonym lines (either may be absent).</summary>
    public static FaqAnalyzers Create(UserDictionary? userDictionary, IReadOnlyList<string> synonyms, List<ContentDiagnostic> diagnostics)
    {
        // Search mode splits compounds into the words members type; the compound itself is discarded so the query-time
        // SynonymFilter sees one token per position (Lucene.Net 4.8 has no graph-aware synonym filter).
        var morphological = new JapaneseAnalyzer(Version, userDictionary, JapaneseTokenizerMode.Search,
            JapaneseAnalyzer.GetDefaultStopSet(), JapaneseAnalyzer.GetDefaultStopTags(), discardCompoundToken: true);
        var bigram = CreateBigram();
        var morphSynonyms = SynonymFile.Parse(synonyms, ContentSet.SynonymsFile, morphological, diagnostics);
        var bigramSynonyms = morphSynonyms is null ? null : SynonymFile.Parse(synonyms, ContentSet.SynonymsFile, bigram, []);
        return new FaqAnalyzers(
            morphological,
            bigram,
            morphSynonyms is null ? morphological : new SynonymQueryAnalyzer(morphological, morphSynonyms),
            bigramSynonyms is null ? bigram : new SynonymQueryAnalyzer(bigram, bigramSynonyms),
            new ReadingText(userDictionary));
    }

    /// <summary>The plain CJK-bigram analyzer (also the evaluation baseline's only analyzer).</summary>
    public static Analyzer CreateBigram() => new CJKAnalyzer(Version);
}

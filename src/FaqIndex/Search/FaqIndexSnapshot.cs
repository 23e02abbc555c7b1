using FaqIndex.Content;
using FaqIndex.Search.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace FaqIndex.Search;

/// <summary>One immutable generation of the index: the entries, the Lucene searcher over them, the analyzers and the
/// per-entry term sets used for confidence. A rebuild makes a new snapshot; readers of the old one are unaffected.</summary>
public sealed class FaqIndexSnapshot
{
    private readonly Dictionary<string, FaqEntry> _byId;

    internal FaqIndexSnapshot(FaqEntry[] entries, IndexSearcher searcher, FaqAnalyzers analyzers, FaqSearchTuning tuning,
        TermSets questionTerms, TermSets answerTerms, TermSets bigramTerms, TermSets readingTerms, PhrasingSets phrasings, Filter memberFilter, FaqIndexStats stats, IndexVocabulary vocabulary,
        ReadingLexicon soundAlikes)
    {
        SoundAlikes = soundAlikes;
        EntryArray = entries;
        Searcher = searcher;
        Analyzers = analyzers;
        Tuning = tuning;
        QuestionTerms = questionTerms;
        AnswerTerms = answerTerms;
        BigramTerms = bigramTerms;
        ReadingTerms = readingTerms;
        Phrasings = phrasings;
        MemberFilter = memberFilter;
        Stats = stats;
        Vocabulary = vocabulary;
        _byId = new Dictionary<string, FaqEntry>(entries.Length, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byId[entry.Id] = entry;
        }
    }

    /// <summary>The indexed entries, ordered by id (an entry's Lucene document number is its position here).</summary>
    public IReadOnlyList<FaqEntry> Entries => EntryArray;

    /// <summary>Sizes and build time.</summary>
    public FaqIndexStats Stats { get; }

    /// <summary>The ranking and confidence settings this generation was built with.</summary>
    public FaqSearchTuning Tuning { get; }

    /// <summary>The entry with this id, or null.</summary>
    public FaqEntry? GetEntry(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The same index searched with other settings (ranking and confidence only; analysis is unchanged).</summary>
    public FaqIndexSnapshot WithTuning(FaqSearchTuning tuning)
    {
        var searcher = new IndexSearcher(Searcher.IndexReader) { Similarity = new FaqBm25Similarity(tuning.K1, tuning.B) };
        return new FaqIndexSnapshot(EntryArray, searcher, Analyzers, tuning, QuestionTerms, AnswerTerms, BigramTerms, ReadingTerms, Phrasings,
            MemberFilter, Stats, Vocabulary, SoundAlikes);
    }

    /// <summary>The analyzers this generation was built with (a rebuild of the same content may reuse them).</summary>
    public FaqAnalyzers GetAnalyzers() => Analyzers;

    internal FaqEntry[] EntryArray { get; }
    internal IndexSearcher Searcher { get; }
    internal FaqAnalyzers Analyzers { get; }
    internal TermSets QuestionTerms { get; }
    internal TermSets AnswerTerms { get; }
    internal TermSets BigramTerms { get; }
    internal TermSets ReadingTerms { get; }
    internal PhrasingSets Phrasings { get; }
    internal Filter MemberFilter { get; }
    internal IndexVocabulary Vocabulary { get; }
    internal ReadingLexicon SoundAlikes { get; }
}

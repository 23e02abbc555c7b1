using FaqIndex.Content;
using FaqIndex.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace FaqIndex.Search.Evaluation;

/// <summary>The number to beat: one CJK-bigram field (question, alternates, tags and answer) with plain BM25, no
/// synonyms, no field boosts, and a single raw-score threshold for "no answer".</summary>
public sealed class BigramBaseline : IFaqSearcher
{
    private const string TextField = "text";
    private readonly FaqEntry[] _entries;
    private readonly Analyzer _analyzer = FaqAnalyzers.CreateBigram();
    private readonly IndexSearcher _searcher;
    private readonly Filter _memberFilter;

    /// <summary>Indexes <paramref name="entries"/>; scores below <paramref name="noAnswerScore"/> are rejected.</summary>
    public BigramBaseline(IReadOnlyList<FaqEntry> entries, float noAnswerScore)
    {
        NoAnswerScore = noAnswerScore;
        _entries = [.. entries];
        var directory = new RAMDirectory();
        var similarity = new BM25Similarity();
        var config = new IndexWriterConfig(FaqAnalyzers.Version, _analyzer) { Similarity = similarity, MergePolicy = new LogByteSizeMergePolicy() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var entry in _entries)
            {
                var text = string.Join('\n', [entry.Question, .. entry.Alternates, .. entry.Tags, FaqMarkdown.ToPlainText(entry.Answer)]);
                var document = new Document { new Lucene.Net.Documents.TextField(TextField, QueryText.Normalize(text, int.MaxValue), Field.Store.NO) };
                if (entry.Audience.HasFlag(Audience.Member))
                {
                    document.Add(new StringField(FaqIndexFields.Audience, "member", Field.Store.NO));
                }
                writer.AddDocument(document);
            }
            writer.ForceMerge(1);
        }
        _searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = similarity };
        _memberFilter = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(FaqIndexFields.Audience, "member"))));
    }

    /// <summary>The raw BM25 score below which the baseline says it has no answer.</summary>
    public float NoAnswerScore { get; }

    /// <inheritdoc />
    public IReadOnlyList<FaqEntry> Entries => _entries;

    /// <inheritdoc />
    public FaqEntry? GetEntry(string id) => Array.Find(_entries, e => e.Id == id);

    /// <inheritdoc />
    public FaqSearchResult Search(string question, Audience audience)
    {
        var scores = TopScores(question, audience);
        if (scores.Count == 0)
        {
            return new FaqSearchResult(MatchStatus.NoAnswer, []);
        }
        var hits = new FaqHit[scores.Count];
        for (int i = 0; i < hits.Length; i++)
        {
            hits[i] = new FaqHit(_entries[scores[i].Doc], scores[i].Score);
        }
        return new FaqSearchResult(scores[0].Score >= NoAnswerScore ? MatchStatus.Answered : MatchStatus.NoAnswer, hits);
    }

    /// <summary>The three best documents and raw scores (to choose <see cref="NoAnswerScore"/>).</summary>
    public IReadOnlyList<(int Doc, float Score)> TopScores(string question, Audience audience)
    {
        var terms = AnalyzedTerms.Analyze(_analyzer, TextField, QueryText.Normalize(question));
        if (terms.GroupCount == 0)
        {
            return [];
        }
        var query = new BooleanQuery();
        for (int g = 0; g < terms.GroupCount; g++)
        {
            query.Add(new TermQuery(new Term(TextField, terms.Group(g)[0])), Occur.SHOULD);
        }
        var top = _searcher.Search(query, audience.HasFlag(Audience.Hr) ? null : _memberFilter, 3).ScoreDocs;
        var result = new (int, float)[top.Length];
        for (int i = 0; i < top.Length; i++)
        {
            result[i] = (top[i].Doc, top[i].Score);
        }
        return result;
    }

    /// <summary>The raw-score threshold that maximises (top-1 + out-of-scope rejected) on <paramref name="questions"/>: the
    /// baseline gets the same benefit of tuning on the evaluation set as the real engine.</summary>
    public static float FitThreshold(IReadOnlyList<FaqEntry> entries, IReadOnlyList<EvalQuestion> questions)
    {
        var probe = new BigramBaseline(entries, 0);
        var observed = new List<(float Score, bool InScopeRight, bool OutOfScope)>();
        foreach (var row in questions)
        {
            var top = probe.TopScores(row.Question, row.Audience);
            float score = top.Count > 0 ? top[0].Score : 0;
            bool right = top.Count > 0 && row.IsRight(probe._entries[top[0].Doc].Id);
            observed.Add((score, right, row.OutOfScope));
        }
        float best = 0;
        double bestValue = double.MinValue;
        foreach (var (candidate, _, _) in observed)
        {
            int inScope = 0, outOfScope = 0, top1 = 0, rejected = 0;
            foreach (var (score, right, oos) in observed)
            {
                if (oos)
                {
                    outOfScope++;
                    rejected += score < candidate ? 1 : 0;
                }
                else
                {
                    inScope++;
                    top1 += right && score >= candidate ? 1 : 0;
                }
            }
            double value = (double)top1 / Math.Max(1, inScope) + (double)rejected / Math.Max(1, outOfScope);
            if (value > bestValue)
            {
                bestValue = value;
                best = candidate;
            }
        }
        return best;
    }
}

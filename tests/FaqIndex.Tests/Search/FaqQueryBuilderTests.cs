using FaqIndex.Search;
using FaqIndex.Search.Analysis;
using FaqIndex.Search.Evaluation;
using FaqIndex.Tests.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace FaqIndex.Tests.Search;

/// <summary>The query built from the index's vocabulary (postings read once, words no entry holds left out, the shared
/// BM25 length table) ranks exactly as Lucene's plain term queries with every word in and its stock BM25 would.</summary>
public sealed class FaqQueryBuilderTests
{
    [Fact]
    public void Every_evaluation_question_gets_the_same_candidates_and_scores_as_the_plain_query()
    {
        var snapshot = RepoIndex.Snapshot;
        var stock = new IndexSearcher(snapshot.Searcher.IndexReader) { Similarity = new BM25Similarity(snapshot.Tuning.K1, snapshot.Tuning.B) };
        var questions = EvalSet.Load(TestPaths.Eval("questions.tsv")).Select(q => q.Question)
            .Concat(["", "🍜", "ラーメンのおいしい店", "ﾏｲﾅ保険証", new string('あ', 300)]);
        int compared = 0;
        foreach (var question in questions)
        {
            var text = QueryText.Normalize(question);
            var morphological = AnalyzedTerms.Analyze(snapshot.Analyzers.MorphologicalQuery, FaqIndexFields.Question, text);
            var bigram = AnalyzedTerms.Analyze(snapshot.Analyzers.BigramQuery, FaqIndexFields.Bigram, text);
            var reading = AnalyzedTerms.Analyze(snapshot.Analyzers.Bigram, FaqIndexFields.Reading, snapshot.Analyzers.Reading.Of(text));

            var ours = snapshot.Searcher.Search(FaqQueryBuilder.Build(morphological, bigram, reading, snapshot.Tuning, snapshot.Vocabulary),
                snapshot.MemberFilter, 8).ScoreDocs;
            var plain = stock.Search(Plain(morphological, bigram, reading, snapshot.Tuning), snapshot.MemberFilter, 8).ScoreDocs;

            Assert.True(plain.Length == ours.Length, $"{question}: {plain.Length} plain hits, {ours.Length} ours");
            for (int i = 0; i < ours.Length; i++)
            {
                Assert.True(Math.Abs(plain[i].Score - ours[i].Score) <= 1e-5f * plain[i].Score,
                    $"{question}: hit {i} scores {ours[i].Score}, plain {plain[i].Score}");
                // Equal scores may come in either order; a different document is fine only on a tie.
                Assert.True(plain[i].Doc == ours[i].Doc || Math.Abs(plain[i].Score - ours[i].Score) <= 1e-5f * plain[i].Score,
                    $"{question}: hit {i} is document {ours[i].Doc}, plain {plain[i].Doc}");
            }
            compared += ours.Length;
        }
        Assert.True(compared > 1000, $"only {compared} hits compared");
    }

    [Fact]
    public void Words_no_entry_holds_make_no_clauses()
    {
        var snapshot = RepoIndex.Snapshot;
        var text = QueryText.Normalize("ラーメン屋の営業時間");
        var morphological = AnalyzedTerms.Analyze(snapshot.Analyzers.MorphologicalQuery, FaqIndexFields.Question, text);
        var none = AnalyzedTerms.Analyze(snapshot.Analyzers.Bigram, FaqIndexFields.Bigram, "");
        var query = FaqQueryBuilder.Build(morphological, none, none, snapshot.Tuning, snapshot.Vocabulary);
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        Assert.DoesNotContain(terms, t => t.Text == "ラーメン");
        Assert.All(terms, t => Assert.True(snapshot.Vocabulary.TryGet(t.Field, t.Text, out _), t.ToString()));
    }

    // Lucene's own way: every term, its postings looked up by the searcher.
    private static Query Plain(AnalyzedTerms morphological, AnalyzedTerms bigram, AnalyzedTerms reading, FaqSearchTuning tuning)
    {
        var root = new BooleanQuery(disableCoord: true);
        (AnalyzedTerms Terms, string Field, float Boost)[] fields =
        [
            (morphological, FaqIndexFields.Question, tuning.QuestionBoost),
            (morphological, FaqIndexFields.Alternates, tuning.AlternatesBoost),
            (morphological, FaqIndexFields.Answer, tuning.AnswerBoost),
            (morphological, FaqIndexFields.Tags, tuning.TagsBoost),
            (bigram, FaqIndexFields.Bigram, tuning.BigramBoost),
            (reading, FaqIndexFields.Reading, tuning.ReadingBoost),
        ];
        foreach (var (terms, field, boost) in fields)
        {
            if (boost <= 0 || terms.GroupCount == 0)
            {
                continue;
            }
            var fieldQuery = new BooleanQuery(disableCoord: true) { Boost = boost };
            for (int g = 0; g < terms.GroupCount; g++)
            {
                var synonyms = new DisjunctionMaxQuery(0f);
                foreach (var term in terms.Group(g))
                {
                    synonyms.Add(new TermQuery(new Term(field, term)));
                }
                fieldQuery.Add(synonyms, Occur.SHOULD);
            }
            root.Add(fieldQuery, Occur.SHOULD);
        }
        return root;
    }
}

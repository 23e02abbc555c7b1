using FaqIndex.Search;
using FaqIndex.Tests.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace FaqIndex.Tests.Search;

/// <summary>Every word of the index scores every entry exactly as Lucene's stock BM25 and TermQuery score it under a
/// field boost, through the FAQ's own similarity, in-memory postings and one-pass query.</summary>
public sealed class FaqBm25SimilarityTests
{
    [Theory]
    [InlineData(FaqIndexFields.Question, 1f)]
    [InlineData(FaqIndexFields.Answer, 0.3f)]
    [InlineData(FaqIndexFields.Bigram, 2.5f)]
    [InlineData(FaqIndexFields.Reading, 0.7f)]
    public void Each_term_scores_bit_for_bit_like_stock_lucene(string field, float boost)
    {
        var snapshot = RepoIndex.Snapshot;
        var stock = new IndexSearcher(snapshot.Searcher.IndexReader) { Similarity = new BM25Similarity(snapshot.Tuning.K1, snapshot.Tuning.B) };
        var iterator = MultiFields.GetTerms(snapshot.Searcher.IndexReader, field).GetEnumerator();
        int compared = 0;
        while (iterator.MoveNext())
        {
            var text = iterator.Term.Utf8ToString();
            Assert.True(snapshot.Vocabulary.TryGet(field, text, out var postings), $"{field}:{text} missing from the vocabulary");
            var ours = snapshot.Searcher.Search(Single(postings, boost, snapshot), 100).ScoreDocs;
            var theirs = stock.Search(Boosted(new TermQuery(new Term(field, text)), boost), 100).ScoreDocs;
            Assert.Equal(postings.Documents.Length, ours.Length);
            Assert.Equal(theirs.Select(d => (d.Doc, d.Score)), ours.Select(d => (d.Doc, d.Score)));
            compared++;
        }
        Assert.True(compared > 100, $"only {compared} terms in {field}");
    }

    [Fact]
    public void An_explanation_gives_the_score_it_explains()
    {
        var snapshot = RepoIndex.Snapshot;
        Assert.True(snapshot.Vocabulary.TryGet(FaqIndexFields.Bigram, "暗証", out var postings));
        var query = Single(postings, 2f, snapshot);
        var top = snapshot.Searcher.Search(query, 1).ScoreDocs[0];
        var explanation = snapshot.Searcher.Explain(query, top.Doc);
        Assert.True(explanation.IsMatch);
        Assert.Equal(top.Score, explanation.Value, 5);
        Assert.False(snapshot.Searcher.Explain(query, NotContaining(postings)).IsMatch);
    }

    private static Query Single(TermPostings postings, float boost, FaqIndexSnapshot snapshot) =>
        new FaqQuery([new FaqQuery.FieldClause(postings.Term.Field, boost, [[postings]])], snapshot.Vocabulary);

    private static Query Boosted(Query term, float boost)
    {
        var field = new BooleanQuery(disableCoord: true) { Boost = boost };
        field.Add(term, Occur.SHOULD);
        return field;
    }

    private static int NotContaining(TermPostings postings)
    {
        for (int doc = 0; ; doc++)
        {
            if (Array.IndexOf(postings.Documents, doc) < 0)
            {
                return doc;
            }
        }
    }
}

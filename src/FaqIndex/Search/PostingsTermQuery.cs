using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace FaqIndex.Search;

/// <summary>A term query whose posting list comes from the snapshot's <see cref="IndexVocabulary"/> instead of the
/// codec: it weighs and scores through the searcher's similarity exactly as Lucene's <see cref="TermQuery"/> does, so
/// the two rank identically, but opening it allocates a few small objects instead of a terms enumerator and a block
/// decoder per word.</summary>
internal sealed class PostingsTermQuery(TermPostings postings, IndexVocabulary vocabulary) : Query
{
    private readonly TermPostings _postings = postings;
    private readonly IndexVocabulary _vocabulary = vocabulary;

    /// <summary>The term.</summary>
    public Term Term => _postings.Term;

    public override Weight CreateWeight(IndexSearcher searcher) => new PostingsWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Term);

    public override string ToString(string field) =>
        (Term.Field == field ? "" : Term.Field + ":") + Term.Text + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is PostingsTermQuery other && other.Boost == Boost && other.Term.Equals(Term);

    public override int GetHashCode() => HashCode.Combine(Term, Boost);

    private sealed class PostingsWeight : Weight
    {
        private readonly PostingsTermQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _weight;

        public PostingsWeight(PostingsTermQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _weight = _similarity.ComputeWeight(query.Boost, query._vocabulary.Statistics(query.Term.Field), query._postings.Statistics);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _weight.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _weight.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (!ReferenceEquals(context.Reader, _query._vocabulary.Reader))
            {
                throw new InvalidOperationException("a PostingsTermQuery searches only the snapshot its postings were read from");
            }
            return new PostingsScorer(this, _query._postings, _similarity.GetSimScorer(_weight, context), acceptDocs);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is not null && scorer.Advance(doc) == doc)
            {
                var frequency = scorer.Freq;
                return _similarity.GetSimScorer(_weight, context).Explain(doc, new Explanation(frequency, "termFreq=" + frequency));
            }
            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    private sealed class PostingsScorer(Weight weight, TermPostings postings, Similarity.SimScorer scorer, IBits? acceptDocs)
        : Scorer(weight)
    {
        private int _index = -1;
        private int _document = -1;

        public override int DocID => _document;

        public override int Freq => postings.Frequencies[_index];

        public override float GetScore() => scorer.Score(_document, postings.Frequencies[_index]);

        public override int NextDoc() => MoveTo(_index + 1);

        public override int Advance(int target)
        {
            int next = _index + 1;
            var documents = postings.Documents;
            while (next < documents.Length && documents[next] < target)
            {
                next++;
            }
            return MoveTo(next);
        }

        public override long GetCost() => postings.Documents.Length;

        // Moves to the first accepted document at or after position next.
        private int MoveTo(int next)
        {
            var documents = postings.Documents;
            while (next < documents.Length && acceptDocs is not null && !acceptDocs.Get(documents[next]))
            {
                next++;
            }
            _index = next;
            _document = next < documents.Length ? documents[next] : NO_MORE_DOCS;
            return _document;
        }
    }
}

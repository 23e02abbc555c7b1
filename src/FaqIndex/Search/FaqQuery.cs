using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FaqIndex.Search;

/// <summary>The whole FAQ query as one Lucene query: per field (boosted), per position of the question the best of its
/// words (synonyms are alternatives), summed over positions and fields. It scores exactly what a boolean query of
/// boosted boolean queries of max-disjunctions of term queries scores under BM25, but in one pass over the snapshot's
/// in-memory postings instead of a tree of ~50 weights and scorers per question.</summary>
/// <remarks>Needs the snapshot's <see cref="FaqBm25Similarity"/> and searches only the segment its postings came from.
/// FaqQueryBuilderTests checks it against stock Lucene (TermQuery, DisjunctionMaxQuery, BooleanQuery, BM25Similarity).</remarks>
internal sealed class FaqQuery(IReadOnlyList<FaqQuery.FieldClause> fields, IndexVocabulary vocabulary) : Query
{
    /// <summary>One field's part: its boost and, per position of the question, the words (with synonyms) the index holds.</summary>
    public sealed record FieldClause(string Field, float Boost, TermPostings[][] Positions);

    /// <summary>The field clauses, in query order.</summary>
    public IReadOnlyList<FieldClause> Fields { get; } = fields;

    public override Weight CreateWeight(IndexSearcher searcher) =>
        searcher.Similarity is FaqBm25Similarity similarity
            ? new FaqWeight(this, similarity, vocabulary)
            : throw new InvalidOperationException("FaqQuery scores with the snapshot's FaqBm25Similarity");

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var field in Fields)
        {
            foreach (var position in field.Positions)
            {
                foreach (var term in position)
                {
                    terms.Add(term.Term);
                }
            }
        }
    }

    public override string ToString(string field)
    {
        var text = new StringBuilder();
        foreach (var clause in Fields)
        {
            text.Append(text.Length > 0 ? " " : "").Append(clause.Field).Append(":(");
            for (int p = 0; p < clause.Positions.Length; p++)
            {
                text.Append(p > 0 ? " " : "").AppendJoin('|', clause.Positions[p].Select(t => t.Term.Text));
            }
            text.Append(')').Append(ToStringUtils.Boost(clause.Boost));
        }
        return text.Append(ToStringUtils.Boost(Boost)).ToString();
    }

    // Built per question and never cached: identity is the only useful equality.
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private sealed class FaqWeight(FaqQuery query, FaqBm25Similarity similarity, IndexVocabulary vocabulary) : Weight
    {
        private float _topLevelBoost = 1f;

        public override Query Query => query;

        // BM25 has no query norm (the similarity's QueryNorm is 1); only boosts count, applied in Normalize.
        public override float GetValueForNormalization() => 1f;

        public override void Normalize(float norm, float topLevelBoost) => _topLevelBoost = topLevelBoost * query.Boost;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (!ReferenceEquals(context.Reader, vocabulary.Reader))
            {
                throw new InvalidOperationException("a FaqQuery searches only the snapshot its postings were read from");
            }
            var scores = Score(context, acceptDocs, out var documents, out int count);
            return count == 0 ? null : new ListScorer(this, documents, scores, count);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, null);
            return scorer is not null && scorer.Advance(doc) == doc
                ? new Explanation(scorer.GetScore(), "sum over fields of (field boost × sum over positions of the best word's BM25)")
                : new ComplexExplanation(false, 0f, "no matching term");
        }

        // Scores every matching document. The arithmetic follows Lucene's own scorers step for step: a word scores
        // (idf · boost · (k1 + 1)) · tf / (tf + length factor) in float; a position takes its best word (a max-disjunction
        // with tie-breaker 0); positions and then fields are summed in double and rounded to float, as
        // DisjunctionSumScorer does.
        private float[] Score(AtomicReaderContext context, IBits? acceptDocs, out int[] documents, out int count)
        {
            int maxDoc = context.Reader.MaxDoc;
            var total = new double[maxDoc];
            var fieldSum = new double[maxDoc];
            var best = new float[maxDoc];
            var touched = new bool[maxDoc];
            float k1 = similarity.K1;
            foreach (var clause in query.Fields)
            {
                if (clause.Positions.Length == 0)
                {
                    continue;
                }
                var statistics = vocabulary.Statistics(clause.Field);
                var lengths = similarity.LengthTable(statistics);
                var norms = context.AtomicReader.GetNormValues(clause.Field);
                float boost = _topLevelBoost * clause.Boost;
                Array.Clear(fieldSum);
                foreach (var position in clause.Positions)
                {
                    Array.Fill(best, float.NegativeInfinity);
                    foreach (var term in position)
                    {
                        float weight = similarity.IdfOf(term.Statistics.DocFreq, statistics.MaxDoc) * boost * (k1 + 1);
                        var docs = term.Documents;
                        var frequencies = term.Frequencies;
                        for (int i = 0; i < docs.Length; i++)
                        {
                            int doc = docs[i];
                            if (acceptDocs is not null && !acceptDocs.Get(doc))
                            {
                                continue;
                            }
                            float frequency = frequencies[i];
                            float length = norms is null ? k1 : lengths[(byte)norms.Get(doc)];
                            best[doc] = Math.Max(best[doc], weight * frequency / (frequency + length));
                        }
                    }
                    for (int doc = 0; doc < maxDoc; doc++)
                    {
                        if (best[doc] != float.NegativeInfinity)
                        {
                            fieldSum[doc] += best[doc];
                            touched[doc] = true;
                        }
                    }
                }
                for (int doc = 0; doc < maxDoc; doc++)
                {
                    if (fieldSum[doc] != 0)
                    {
                        total[doc] += (float)fieldSum[doc];
                    }
                }
            }
            documents = new int[maxDoc];
            var scores = new float[maxDoc];
            count = 0;
            for (int doc = 0; doc < maxDoc; doc++)
            {
                if (touched[doc])
                {
                    documents[count] = doc;
                    scores[count++] = (float)total[doc];
                }
            }
            return scores;
        }
    }

    // Walks the scored documents in order, as any Lucene scorer does.
    private sealed class ListScorer(Weight weight, int[] documents, float[] scores, int count) : Scorer(weight)
    {
        private int _index = -1;

        public override int DocID => _index < 0 ? -1 : _index < count ? documents[_index] : NO_MORE_DOCS;

        public override int Freq => 1;

        public override float GetScore() => scores[_index];

        public override int NextDoc()
        {
            _index++;
            return DocID;
        }

        public override int Advance(int target)
        {
            do
            {
                _index++;
            }
            while (_index < count && documents[_index] < target);
            return DocID;
        }

        public override long GetCost() => count;
    }
}

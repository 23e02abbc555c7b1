using FaqIndex.Search.Analysis;
using Lucene.Net.Search;

namespace FaqIndex.Search;

/// <summary>Turns an analysed question into one Lucene query: per field, a disjunction of its positions (synonyms of one
/// position share a max-disjunction so a word with many synonyms does not count many times), boosted per field.</summary>
/// <remarks>Each word is a <see cref="PostingsTermQuery"/> over the postings read when the snapshot was built, and words
/// no entry holds are left out: with BM25 (no query norm, no coord) a clause that matches nothing adds nothing to any
/// score, so the ranking is the same as Lucene's plain term queries with every word in (FaqQueryBuilderTests).</remarks>
internal static class FaqQueryBuilder
{
    public static Query Build(AnalyzedTerms morphological, AnalyzedTerms bigram, AnalyzedTerms reading, FaqSearchTuning tuning,
        IndexVocabulary vocabulary)
    {
        var root = new BooleanQuery(disableCoord: true);
        Add(root, morphological, FaqIndexFields.Question, tuning.QuestionBoost, vocabulary);
        Add(root, morphological, FaqIndexFields.Alternates, tuning.AlternatesBoost, vocabulary);
        Add(root, morphological, FaqIndexFields.Answer, tuning.AnswerBoost, vocabulary);
        Add(root, morphological, FaqIndexFields.Tags, tuning.TagsBoost, vocabulary);
        Add(root, bigram, FaqIndexFields.Bigram, tuning.BigramBoost, vocabulary);
        Add(root, reading, FaqIndexFields.Reading, tuning.ReadingBoost, vocabulary);
        return root;
    }

    private static void Add(BooleanQuery root, AnalyzedTerms terms, string field, float boost, IndexVocabulary vocabulary)
    {
        if (boost <= 0 || terms.GroupCount == 0)
        {
            return;
        }
        BooleanQuery? fieldQuery = null;
        for (int g = 0; g < terms.GroupCount; g++)
        {
            Query? position = null;
            DisjunctionMaxQuery? synonyms = null;
            foreach (var text in terms.Group(g))
            {
                if (!vocabulary.TryGet(field, text, out var postings))
                {
                    continue;
                }
                var term = new PostingsTermQuery(postings, vocabulary);
                if (position is null)
                {
                    position = term;
                    continue;
                }
                if (synonyms is null)
                {
                    synonyms = new DisjunctionMaxQuery(0f) { position };
                    position = synonyms;
                }
                synonyms.Add(term);
            }
            if (position is not null)
            {
                fieldQuery ??= new BooleanQuery(disableCoord: true) { Boost = boost };
                fieldQuery.Add(position, Occur.SHOULD);
            }
        }
        if (fieldQuery is not null)
        {
            root.Add(fieldQuery, Occur.SHOULD);
        }
    }
}

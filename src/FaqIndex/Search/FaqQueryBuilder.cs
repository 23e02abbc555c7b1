using FaqIndex.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FaqIndex.Search;

/// <summary>Turns an analysed question into one Lucene query: per field, a disjunction of its positions (synonyms of one
/// position share a max-disjunction so a word with many synonyms does not count many times), boosted per field.</summary>
internal static class FaqQueryBuilder
{
    public static Query Build(AnalyzedTerms morphological, AnalyzedTerms bigram, AnalyzedTerms reading, FaqSearchTuning tuning)
    {
        var root = new BooleanQuery(disableCoord: true);
        Add(root, morphological, FaqIndexFields.Question, tuning.QuestionBoost);
        Add(root, morphological, FaqIndexFields.Alternates, tuning.AlternatesBoost);
        Add(root, morphological, FaqIndexFields.Answer, tuning.AnswerBoost);
        Add(root, morphological, FaqIndexFields.Tags, tuning.TagsBoost);
        Add(root, bigram, FaqIndexFields.Bigram, tuning.BigramBoost);
        Add(root, reading, FaqIndexFields.Reading, tuning.ReadingBoost);
        return root;
    }

    private static void Add(BooleanQuery root, AnalyzedTerms terms, string field, float boost)
    {
        if (boost <= 0 || terms.GroupCount == 0)
        {
            return;
        }
        var fieldQuery = new BooleanQuery(disableCoord: true) { Boost = boost };
        for (int g = 0; g < terms.GroupCount; g++)
        {
            var group = terms.Group(g);
            if (group.Length == 1)
            {
                fieldQuery.Add(new TermQuery(new Term(field, group[0])), Occur.SHOULD);
                continue;
            }
            var synonyms = new DisjunctionMaxQuery(0f);
            foreach (var term in group)
            {
                synonyms.Add(new TermQuery(new Term(field, term)));
            }
            fieldQuery.Add(synonyms, Occur.SHOULD);
        }
        root.Add(fieldQuery, Occur.SHOULD);
    }
}

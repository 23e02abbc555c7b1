using FaqIndex.Search.Analysis;
using Lucene.Net.Search;

namespace FaqIndex.Search;

/// <summary>Turns an analysed question into one <see cref="FaqQuery"/>: per boosted field, per position, the words of
/// that position (the token and its synonyms) that the index holds.</summary>
/// <remarks>Words no entry holds are left out: under BM25 (no query norm, no coord) a clause that matches nothing adds
/// nothing to any score, so the ranking is the same as Lucene's plain query with every word in (FaqQueryBuilderTests).</remarks>
internal static class FaqQueryBuilder
{
    public static Query Build(AnalyzedTerms morphological, AnalyzedTerms bigram, AnalyzedTerms reading, FaqSearchTuning tuning,
        IndexVocabulary vocabulary)
    {
        var fields = new List<FaqQuery.FieldClause>(6);
        Add(fields, morphological, FaqIndexFields.Question, tuning.QuestionBoost, vocabulary);
        Add(fields, morphological, FaqIndexFields.Alternates, tuning.AlternatesBoost, vocabulary);
        Add(fields, morphological, FaqIndexFields.Answer, tuning.AnswerBoost, vocabulary);
        Add(fields, morphological, FaqIndexFields.Tags, tuning.TagsBoost, vocabulary);
        Add(fields, bigram, FaqIndexFields.Bigram, tuning.BigramBoost, vocabulary);
        Add(fields, reading, FaqIndexFields.Reading, tuning.ReadingBoost, vocabulary);
        return new FaqQuery(fields, vocabulary);
    }

    private static void Add(List<FaqQuery.FieldClause> fields, AnalyzedTerms terms, string field, float boost, IndexVocabulary vocabulary)
    {
        if (boost <= 0 || terms.GroupCount == 0)
        {
            return;
        }
        var positions = new List<TermPostings[]>(terms.GroupCount);
        var present = new List<TermPostings>(4);
        for (int g = 0; g < terms.GroupCount; g++)
        {
            present.Clear();
            foreach (var text in terms.Group(g))
            {
                if (vocabulary.TryGet(field, text, out var postings))
                {
                    present.Add(postings);
                }
            }
            if (present.Count > 0)
            {
                positions.Add([.. present]);
            }
        }
        if (positions.Count > 0)
        {
            fields.Add(new FaqQuery.FieldClause(field, boost, [.. positions]));
        }
    }
}

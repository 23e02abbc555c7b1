using FaqIndex.Content;
using FaqIndex.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace FaqIndex.Search;

/// <summary>Builds an immutable <see cref="FaqIndexSnapshot"/> from entries (RAM directory, BM25).</summary>
public static class FaqIndexBuilder
{
    private const string MemberValue = "member";
    private const string HrValue = "hr";

    /// <summary>Indexes <paramref name="entries"/> with <paramref name="analyzers"/>.</summary>
    public static FaqIndexSnapshot Build(IReadOnlyList<FaqEntry> entries, FaqAnalyzers analyzers, FaqSearchTuning? tuning = null,
        TimeProvider? time = null)
    {
        tuning ??= FaqSearchTuning.Default;
        time ??= TimeProvider.System;
        long started = time.GetTimestamp();

        var ordered = entries.ToArray();
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var similarity = new BM25Similarity(tuning.K1, tuning.B);
        var directory = new RAMDirectory();
        // Log merges only ever join adjacent segments, so document numbers stay in insertion order.
        var config = new IndexWriterConfig(FaqAnalyzers.Version, analyzers.Index)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = similarity,
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        var questionTerms = new TermSets(ordered.Length);
        var answerTerms = new TermSets(ordered.Length);
        var bigramTerms = new TermSets(ordered.Length);
        var readingTerms = new TermSets(ordered.Length);
        var phrasings = new PhrasingSets(ordered.Length);
        using (var writer = new IndexWriter(directory, config))
        {
            for (int i = 0; i < ordered.Length; i++)
            {
                var entry = ordered[i];
                var question = QueryText.Normalize(entry.Question, int.MaxValue);
                var alternates = QueryText.Normalize(string.Join('\n', entry.Alternates), int.MaxValue);
                var tags = QueryText.Normalize(string.Join('\n', entry.Tags), int.MaxValue);
                var answer = QueryText.Normalize(FaqMarkdown.ToPlainText(entry.Answer), int.MaxValue);

                var bigramText = question + "\n" + alternates + "\n" + tags;
                var readingText = analyzers.Reading.Of(bigramText);
                var document = new Document
                {
                    new TextField(FaqIndexFields.Question, question, Field.Store.NO),
                    new TextField(FaqIndexFields.Alternates, alternates, Field.Store.NO),
                    new TextField(FaqIndexFields.Tags, tags, Field.Store.NO),
                    new TextField(FaqIndexFields.Answer, answer, Field.Store.NO),
                    new TextField(FaqIndexFields.Bigram, bigramText, Field.Store.NO),
                    new TextField(FaqIndexFields.Reading, readingText, Field.Store.NO),
                };
                if (entry.Audience.HasFlag(Audience.Member))
                {
                    document.Add(new StringField(FaqIndexFields.Audience, MemberValue, Field.Store.NO));
                }
                if (entry.Audience.HasFlag(Audience.Hr))
                {
                    document.Add(new StringField(FaqIndexFields.Audience, HrValue, Field.Store.NO));
                }
                writer.AddDocument(document);

                questionTerms.Add(i, analyzers.Morphological, FaqIndexFields.Question, question);
                questionTerms.Add(i, analyzers.Morphological, FaqIndexFields.Alternates, alternates);
                questionTerms.Add(i, analyzers.Morphological, FaqIndexFields.Tags, tags);
                answerTerms.Add(i, analyzers.Morphological, FaqIndexFields.Answer, answer);
                bigramTerms.Add(i, analyzers.Bigram, FaqIndexFields.Bigram, bigramText);
                readingTerms.Add(i, analyzers.Bigram, FaqIndexFields.Reading, readingText);
                phrasings.Add(i, analyzers.Bigram, analyzers.Reading.Of(question));
                foreach (var alternate in entry.Alternates)
                {
                    phrasings.Add(i, analyzers.Bigram, analyzers.Reading.Of(QueryText.Normalize(alternate, int.MaxValue)));
                }
            }
            questionTerms.Freeze();
            answerTerms.Freeze();
            bigramTerms.Freeze();
            readingTerms.Freeze();
            writer.ForceMerge(1);
            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        if (reader.MaxDoc != ordered.Length)
        {
            throw new InvalidOperationException($"index holds {reader.MaxDoc} documents for {ordered.Length} entries");
        }
        var searcher = new IndexSearcher(reader) { Similarity = similarity };
        var vocabulary = new IndexVocabulary(reader, [.. FaqIndexFields.Morphological, FaqIndexFields.Bigram, FaqIndexFields.Reading]);
        var memberFilter = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(FaqIndexFields.Audience, MemberValue))));
        var stats = new FaqIndexStats(
            ordered.Length,
            Count(ordered, Audience.Member),
            Count(ordered, Audience.Hr),
            Count(ordered, Audience.Both),
            CountTerms(reader),
            time.GetElapsedTime(started));
        return new FaqIndexSnapshot(ordered, searcher, analyzers, tuning, questionTerms, answerTerms, bigramTerms, readingTerms, phrasings, memberFilter, stats, vocabulary);
    }

    private static int Count(FaqEntry[] entries, Audience audience)
    {
        int count = 0;
        foreach (var entry in entries)
        {
            if (entry.Audience == audience)
            {
                count++;
            }
        }
        return count;
    }

    private static Dictionary<string, long> CountTerms(DirectoryReader reader)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var field in (string[])[.. FaqIndexFields.Morphological, FaqIndexFields.Bigram, FaqIndexFields.Reading])
        {
            long count = 0;
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is not null)
            {
                var iterator = terms.GetEnumerator();
                while (iterator.MoveNext())
                {
                    count++;
                }
            }
            counts[field] = count;
        }
        return counts;
    }
}

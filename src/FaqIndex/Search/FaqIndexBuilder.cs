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

    /// <summary>Loads <paramref name="contentRoot"/> with the one loader and indexes the entries served today in Tokyo
    /// by <paramref name="time"/> (for tools, tests and benchmarks; the service's IndexHost keeps its own).</summary>
    public static FaqIndexSnapshot Build(string contentRoot, TimeProvider time, out ContentSet content, FaqSearchTuning? tuning = null)
    {
        content = new FaqContentLoader(time).Load(contentRoot);
        return Build(content, TokyoCalendar.Today(time), tuning, time);
    }

    /// <summary>Indexes the entries of <paramref name="content"/> served on <paramref name="day"/> (Tokyo), with analyzers
    /// made from its user dictionary and synonyms (their problems go to <paramref name="diagnostics"/> when given).</summary>
    public static FaqIndexSnapshot Build(ContentSet content, DateOnly day, FaqSearchTuning? tuning = null, TimeProvider? time = null,
        List<ContentDiagnostic>? diagnostics = null) =>
        Build(content.EntriesOn(day), FaqAnalyzers.Create(content, diagnostics ?? []), tuning, time);

    /// <summary>Indexes <paramref name="entries"/> with <paramref name="analyzers"/>.</summary>
    public static FaqIndexSnapshot Build(IReadOnlyList<FaqEntry> entries, FaqAnalyzers analyzers, FaqSearchTuning? tuning = null,
        TimeProvider? time = null)
    {
        tuning ??= FaqSearchTuning.Default;
        time ??= TimeProvider.System;
        long started = time.GetTimestamp();

        var ordered = entries.ToArray();
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var similarity = new FaqBm25Similarity(tuning.K1, tuning.B);
        var directory = new RAMDirectory();
        // Log merges only ever join adjacent segments, so document numbers stay in insertion order.
        var config = new IndexWriterConfig(FaqAnalyzers.Version, analyzers.Index)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = similarity,
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        var texts = new EntryText[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            texts[i] = EntryText.Of(ordered[i], analyzers.Reading);
        }

        // Lucene's inverted index and the confidence model's term sets are built side by side: each is about half the
        // build, and the build is most of the time from start-up to the first answer.
        var writing = Task.Run(() => WriteIndex(directory, config, ordered, texts));
        var questionTerms = new TermSets(ordered.Length);
        var answerTerms = new TermSets(ordered.Length);
        var bigramTerms = new TermSets(ordered.Length);
        var readingTerms = new TermSets(ordered.Length);
        var phrasings = new PhrasingSets(ordered.Length);
        for (int i = 0; i < ordered.Length; i++)
        {
            var text = texts[i];
            questionTerms.Add(i, analyzers.Morphological, FaqIndexFields.Question, text.Question);
            questionTerms.Add(i, analyzers.Morphological, FaqIndexFields.Alternates, text.Alternates);
            questionTerms.Add(i, analyzers.Morphological, FaqIndexFields.Tags, text.Tags);
            answerTerms.Add(i, analyzers.Morphological, FaqIndexFields.Answer, text.Answer);
            bigramTerms.Add(i, analyzers.Bigram, FaqIndexFields.Bigram, text.Bigram);
            readingTerms.Add(i, analyzers.Bigram, FaqIndexFields.Reading, text.Reading);
            phrasings.Add(i, analyzers.Bigram, analyzers.Reading.Of(text.Question));
            foreach (var alternate in ordered[i].Alternates)
            {
                phrasings.Add(i, analyzers.Bigram, analyzers.Reading.Of(QueryText.Normalize(alternate, int.MaxValue)));
            }
        }
        questionTerms.Freeze(withTwins: true);
        var soundAlikes = new ReadingLexicon(questionTerms.Terms, analyzers.Reading);
        answerTerms.Freeze();
        bigramTerms.Freeze();
        readingTerms.Freeze();
        writing.GetAwaiter().GetResult();

        var reader = DirectoryReader.Open(directory);
        if (reader.MaxDoc != ordered.Length)
        {
            throw new InvalidOperationException($"index holds {reader.MaxDoc} documents for {ordered.Length} entries");
        }
        var searcher = new IndexSearcher(reader) { Similarity = similarity };
        var vocabulary = new IndexVocabulary(searcher, [.. FaqIndexFields.Morphological, FaqIndexFields.Bigram, FaqIndexFields.Reading]);
        var memberFilter = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(FaqIndexFields.Audience, MemberValue))));
        var stats = new FaqIndexStats(
            ordered.Length,
            Count(ordered, Audience.Member),
            Count(ordered, Audience.Hr),
            Count(ordered, Audience.Both),
            CountTerms(reader),
            time.GetElapsedTime(started));
        return new FaqIndexSnapshot(ordered, searcher, analyzers, tuning, questionTerms, answerTerms, bigramTerms, readingTerms, phrasings, memberFilter, stats, vocabulary, soundAlikes);
    }

    private static void WriteIndex(RAMDirectory directory, IndexWriterConfig config, FaqEntry[] entries, EntryText[] texts)
    {
        using var writer = new IndexWriter(directory, config);
        for (int i = 0; i < entries.Length; i++)
        {
            var text = texts[i];
            var document = new Document
            {
                new TextField(FaqIndexFields.Question, text.Question, Field.Store.NO),
                new TextField(FaqIndexFields.Alternates, text.Alternates, Field.Store.NO),
                new TextField(FaqIndexFields.Tags, text.Tags, Field.Store.NO),
                new TextField(FaqIndexFields.Answer, text.Answer, Field.Store.NO),
                new TextField(FaqIndexFields.Bigram, text.Bigram, Field.Store.NO),
                new TextField(FaqIndexFields.Reading, text.Reading, Field.Store.NO),
            };
            if (entries[i].Audience.HasFlag(Audience.Member))
            {
                document.Add(new StringField(FaqIndexFields.Audience, MemberValue, Field.Store.NO));
            }
            if (entries[i].Audience.HasFlag(Audience.Hr))
            {
                document.Add(new StringField(FaqIndexFields.Audience, HrValue, Field.Store.NO));
            }
            writer.AddDocument(document);
        }
        writer.ForceMerge(1);
        writer.Commit();
    }

    // The normalised texts of one entry's fields, computed once for both the Lucene document and the term sets.
    private readonly record struct EntryText(string Question, string Alternates, string Tags, string Answer, string Bigram, string Reading)
    {
        public static EntryText Of(FaqEntry entry, ReadingText reading)
        {
            var question = QueryText.Normalize(entry.Question, int.MaxValue);
            var alternates = QueryText.Normalize(string.Join('\n', entry.Alternates), int.MaxValue);
            var tags = QueryText.Normalize(string.Join('\n', entry.Tags), int.MaxValue);
            var answer = QueryText.Normalize(FaqMarkdown.ToPlainText(entry.Answer), int.MaxValue);
            var bigram = question + "\n" + alternates + "\n" + tags;
            return new EntryText(question, alternates, tags, answer, bigram, reading.Of(bigram));
        }
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

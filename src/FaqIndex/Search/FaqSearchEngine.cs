using FaqIndex.Content;
using FaqIndex.Search.Analysis;
using FaqIndex.Search.Understanding;
using Lucene.Net.Search;

namespace FaqIndex.Search;

/// <summary>The FAQ search: Lucene BM25 over the current <see cref="FaqIndexSnapshot"/>, re-ranked and labelled by the
/// confidence model. Thread-safe; <see cref="Swap"/> replaces the snapshot atomically while searches run.</summary>
public sealed class FaqSearchEngine : IFaqSearcher
{
    /// <summary>Hits returned (and re-ranked by confidence) per question.</summary>
    public const int MaxHits = 3;

    // Lucene candidates considered before re-ranking; a few more than returned so coverage can promote a better one.
    private const int Candidates = 8;

    /// <summary>Results remembered per index generation unless the caller says otherwise.</summary>
    public const int DefaultResultCacheCapacity = 4096;

    private readonly int _resultCacheCapacity;
    private Generation _current;

    /// <summary>Creates the engine over a first snapshot, remembering up to <paramref name="resultCacheCapacity"/>
    /// recent results (0 turns the cache off).</summary>
    public FaqSearchEngine(FaqIndexSnapshot snapshot, int resultCacheCapacity = DefaultResultCacheCapacity)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegative(resultCacheCapacity);
        _resultCacheCapacity = resultCacheCapacity;
        _current = NewGeneration(snapshot);
    }

    /// <summary>The snapshot searches currently use.</summary>
    public FaqIndexSnapshot Snapshot => Volatile.Read(ref _current).Snapshot;

    /// <inheritdoc />
    public IReadOnlyList<FaqEntry> Entries => Snapshot.Entries;

    /// <summary>Replaces the snapshot; searches already running finish on the old one.</summary>
    public void Swap(FaqIndexSnapshot next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Volatile.Write(ref _current, NewGeneration(next));
    }

    /// <inheritdoc />
    public FaqEntry? GetEntry(string id) => Snapshot.GetEntry(id);

    /// <inheritdoc />
    public FaqSearchResult Search(string question, Audience audience)
    {
        var (snapshot, cache) = Volatile.Read(ref _current);
        var text = QueryText.Normalize(question);
        if (cache is not null && cache.TryGet(text, audience, out var remembered))
        {
            return remembered;
        }
        var result = Decide(snapshot, text, audience);
        cache?.Add(text, audience, result);
        return result;
    }

    private static FaqSearchResult Decide(FaqIndexSnapshot snapshot, string text, Audience audience)
    {
        Span<HitFeatures> ranked = stackalloc HitFeatures[Candidates];
        Span<double> confidences = stackalloc double[Candidates];
        int count = RankNormalized(snapshot, text, audience, ranked, confidences, out var decision);
        var (status, offered) = ConfidenceModel.Decide(count > 0 ? decision : null, Math.Min(count, MaxHits), snapshot.Tuning);
        var entries = snapshot.EntryArray;
        if (status == MatchStatus.Ambiguous)
        {
            // A "not ours" entry is never offered as a choice: first, it means the question is not ours; later, it is left out.
            if (DeclineEntries.IsDecline(entries[ranked[0].Document].Id))
            {
                status = MatchStatus.NoAnswer;
            }
            else
            {
                int kept = 0;
                for (int i = 0; i < offered; i++)
                {
                    if (!DeclineEntries.IsDecline(entries[ranked[i].Document].Id))
                    {
                        ranked[kept] = ranked[i];
                        confidences[kept++] = confidences[i];
                    }
                }
                offered = kept;
            }
        }
        var hits = new FaqHit[offered];
        for (int i = 0; i < offered; i++)
        {
            hits[i] = new FaqHit(entries[ranked[i].Document], Math.Round(confidences[i], 4));
        }
        return new FaqSearchResult(status, hits);
    }

    /// <summary>Ranks candidates for <paramref name="question"/> by confidence into <paramref name="hits"/> (best first)
    /// and returns how many there are.</summary>
    internal static int Rank(FaqIndexSnapshot snapshot, string question, Audience audience, Span<HitFeatures> hits,
        Span<double> confidences) =>
        RankNormalized(snapshot, QueryText.Normalize(question), audience, hits, confidences, out _);

    /// <summary><see cref="Rank(FaqIndexSnapshot, string, Audience, Span{HitFeatures}, Span{double})"/>, also giving
    /// what the decision models read (meaningless when no candidate is found).</summary>
    internal static int Rank(FaqIndexSnapshot snapshot, string question, Audience audience, Span<HitFeatures> hits,
        Span<double> confidences, out DecisionFeatures decision) =>
        RankNormalized(snapshot, QueryText.Normalize(question), audience, hits, confidences, out decision);

    private static int RankNormalized(FaqIndexSnapshot snapshot, string normalized, Audience audience, Span<HitFeatures> hits,
        Span<double> confidences, out DecisionFeatures decision)
    {
        decision = default;
        var text = QueryRewriter.Rewrite(normalized);
        var morphological = AnalyzedTerms.Analyze(snapshot.Analyzers.MorphologicalQuery, FaqIndexFields.Question, text);
        var bigram = AnalyzedTerms.Analyze(snapshot.Analyzers.BigramQuery, FaqIndexFields.Bigram, text);
        var questionReading = snapshot.Analyzers.Reading.Of(text);
        snapshot.SoundAlikes.AddSoundAlikes(text, questionReading, morphological);
        var reading = AnalyzedTerms.Analyze(snapshot.Analyzers.Bigram, FaqIndexFields.Reading, questionReading);
        if (morphological.GroupCount == 0 && bigram.GroupCount == 0 && reading.GroupCount == 0)
        {
            return 0;
        }
        var query = FaqQueryBuilder.Build(morphological, bigram, reading, snapshot.Tuning, snapshot.Vocabulary);
        var filter = audience.HasFlag(Audience.Hr) ? null : snapshot.MemberFilter;
        var top = snapshot.Searcher.Search(query, filter, hits.Length).ScoreDocs;
        int count = Math.Min(top.Length, hits.Length);
        var readingSet = new HashSet<string>(reading.GroupCount, StringComparer.Ordinal);
        for (int g = 0; g < reading.GroupCount; g++)
        {
            readingSet.Add(reading.Group(g)[0]);
        }
        double known = snapshot.QuestionTerms.Known(morphological, snapshot.AnswerTerms);
        int unknown = snapshot.QuestionTerms.Unknown(morphological, snapshot.AnswerTerms);
        double anchor = snapshot.QuestionTerms.Anchor(morphological);
        Span<int> documents = stackalloc int[count];
        for (int i = 0; i < count; i++)
        {
            documents[i] = top[i].Doc;
        }
        Span<double> questionCoverage = stackalloc double[count];
        Span<double> answerCoverage = stackalloc double[count];
        Span<double> bigramCoverage = stackalloc double[count];
        Span<double> readingCoverage = stackalloc double[count];
        Span<double> phrasingSimilarity = stackalloc double[count];
        snapshot.QuestionTerms.Coverage(morphological, documents, questionCoverage);
        snapshot.AnswerTerms.Coverage(morphological, documents, answerCoverage);
        snapshot.BigramTerms.Coverage(bigram, documents, bigramCoverage);
        snapshot.ReadingTerms.Coverage(reading, documents, readingCoverage);
        snapshot.Phrasings.Similarity(readingSet, documents, phrasingSimilarity);
        for (int i = 0; i < count; i++)
        {
            float score = top[i].Score;
            float other = i == 0 ? (count > 1 ? top[1].Score : 0f) : top[0].Score;
            hits[i] = new HitFeatures(
                documents[i],
                score,
                questionCoverage[i],
                answerCoverage[i],
                bigramCoverage[i],
                readingCoverage[i],
                phrasingSimilarity[i],
                known,
                unknown,
                anchor,
                score > 0 ? Math.Clamp((score - other) / score, -1, 1) : 0,
                (Ahead(questionCoverage, i) + Ahead(bigramCoverage, i) + Ahead(readingCoverage, i) + Ahead(phrasingSimilarity, i)) / 4.0,
                phrasingSimilarity[i] - BestOther(phrasingSimilarity, i));
            confidences[i] = ConfidenceModel.Probability(hits[i], snapshot.Tuning.ConfidenceWeights);
        }
        SortByConfidence(hits[..count], confidences[..count]);
        if (count > 0)
        {
            var best = hits[0];
            int runnerUp = count > 1 ? hits[1].Document : -1;
            var (bestOnly, runnerUpOnly) = snapshot.QuestionTerms.Evidence(morphological, best.Document, runnerUp);
            decision = new DecisionFeatures(
                best,
                confidences[0],
                count > 1 ? confidences[1] : 0,
                runnerUpOnly,
                bestOnly,
                best.BigramCoverage - (count > 1 ? hits[1].BigramCoverage : 0),
                best.ReadingCoverage - (count > 1 ? hits[1].ReadingCoverage : 0),
                snapshot.QuestionTerms.Uncovered(morphological, best.Document, snapshot.AnswerTerms),
                snapshot.BigramTerms.Foreign(bigram),
                snapshot.QuestionTerms.Known(morphological));
        }
        return count;
    }

    // 1 when candidate i is strictly ahead of every other candidate on this measure.
    private static double Ahead(ReadOnlySpan<double> values, int i) => values[i] > BestOther(values, i) ? 1 : 0;

    private static double BestOther(ReadOnlySpan<double> values, int i)
    {
        double best = 0;
        for (int j = 0; j < values.Length; j++)
        {
            if (j != i && values[j] > best)
            {
                best = values[j];
            }
        }
        return best;
    }

    private Generation NewGeneration(FaqIndexSnapshot snapshot) =>
        new(snapshot, _resultCacheCapacity > 0 ? new SearchResultCache(Math.Max(2, _resultCacheCapacity)) : null);

    // A snapshot and the results remembered from it, replaced together so a swap can never serve an old result.
    private sealed record Generation(FaqIndexSnapshot Snapshot, SearchResultCache? Cache);

    // Insertion sort: at most five items, no allocation, stable for equal confidences (keeps Lucene's order).
    private static void SortByConfidence(Span<HitFeatures> hits, Span<double> confidences)
    {
        for (int i = 1; i < hits.Length; i++)
        {
            var hit = hits[i];
            double confidence = confidences[i];
            int j = i - 1;
            while (j >= 0 && confidences[j] < confidence)
            {
                hits[j + 1] = hits[j];
                confidences[j + 1] = confidences[j];
                j--;
            }
            hits[j + 1] = hit;
            confidences[j + 1] = confidence;
        }
    }
}

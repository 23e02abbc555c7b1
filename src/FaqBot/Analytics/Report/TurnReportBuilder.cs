using System.Text;
using FaqIndex.Content;
using FaqIndex.Text;

namespace FaqBot.Analytics.Report;

/// <summary>Reads turn records of a period and works out the report: what had no answer, what members meant when
/// they picked a choice, which entries are hit, disliked or never reached, and how each day went.</summary>
public sealed class TurnReportBuilder
{
    private const int MaxPhrasingsPerEntry = 10;
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    private readonly IReadOnlyList<FaqEntry> _entries;
    private readonly QuestionGrouper _grouper;

    /// <summary>Creates the builder for the current content and a way to get a question's terms.</summary>
    public TurnReportBuilder(IReadOnlyList<FaqEntry> entries, Func<string, IReadOnlySet<string>> termsOf)
    {
        _entries = entries;
        _grouper = new QuestionGrouper(termsOf);
    }

    /// <summary>The first instant of a Tokyo day.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Tokyo.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Builds the report of <paramref name="since"/> … <paramref name="until"/> (Tokyo days, inclusive).</summary>
    public async Task<TurnReport> BuildAsync(IAsyncEnumerable<TurnRecord> records, DateOnly since, DateOnly until,
        CancellationToken cancellationToken)
    {
        var days = new SortedDictionary<DateOnly, int[]>();
        var hours = new int[24];
        var latencies = new List<double>();
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var yes = new Dictionary<string, int>(StringComparer.Ordinal);
        var no = new Dictionary<string, int>(StringComparer.Ordinal);
        var unanswered = new Dictionary<string, int>(StringComparer.Ordinal);
        var picked = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var turns = 0;
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            turns++;
            var local = TimeZoneInfo.ConvertTime(record.Timestamp, Tokyo);
            hours[local.Hour]++;
            latencies.Add(record.LatencyMs);
            var day = DateOnly.FromDateTime(local.DateTime);
            if (!days.TryGetValue(day, out var counts))
            {
                days[day] = counts = new int[5];
            }
            Count(record, counts);
            switch (record.Kind)
            {
                case TurnKind.Question when record.Status == TurnStatus.Answered && record.EntryId is { } entry:
                    Increment(hits, entry);
                    break;
                case TurnKind.Question when record.Status == TurnStatus.NoAnswer && !string.IsNullOrWhiteSpace(record.Question):
                    Increment(unanswered, record.Question.Trim());
                    break;
                case TurnKind.Choice when record.PickedEntryId is { } choice:
                    Increment(hits, choice);
                    if (IsSuggestible(record.Question))
                    {
                        if (!picked.TryGetValue(choice, out var phrasings))
                        {
                            picked[choice] = phrasings = new Dictionary<string, int>(StringComparer.Ordinal);
                        }
                        Increment(phrasings, record.Question!.Trim());
                    }
                    break;
                case TurnKind.Feedback when record is { EntryId: { } rated, Feedback: { } feedback }:
                    Increment(TurnRecordCodes.IsPositive(feedback) ? yes : no, rated);
                    break;
            }
        }
        var byId = _entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ids = new SortedSet<string>(byId.Keys, StringComparer.Ordinal);
        ids.UnionWith(hits.Keys);
        ids.UnionWith(yes.Keys);
        ids.UnionWith(no.Keys);
        var stats = ids.Select(id => new EntryStats(id, byId.TryGetValue(id, out var e) ? e.Question : string.Empty,
                hits.GetValueOrDefault(id), yes.GetValueOrDefault(id), no.GetValueOrDefault(id)))
            .OrderByDescending(s => s.Hits).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        latencies.Sort();
        return new TurnReport(
            since,
            until,
            turns,
            _grouper.Group(unanswered),
            Suggestions(picked, byId),
            stats.Where(s => s.Hits > 0 || s.Yes > 0 || s.No > 0).ToList(),
            stats.Where(s => s.Hits == 0 && byId.ContainsKey(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList(),
            days.Select(d => new DayRates(d.Key, d.Value[0], d.Value[1], d.Value[2], d.Value[3], d.Value[4])).ToList(),
            hours,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95));
    }

    private static void Count(TurnRecord record, int[] counts)
    {
        if (record.Kind is TurnKind.Question or TurnKind.Escalation)
        {
            counts[0]++;
            switch (record.Status)
            {
                case TurnStatus.Answered: counts[1]++; break;
                case TurnStatus.Ambiguous: counts[2]++; break;
                case TurnStatus.NoAnswer: counts[3]++; break;
            }
        }
        if (record.Status == TurnStatus.Escalated)
        {
            counts[4]++;
        }
    }

    private static List<AlternateSuggestions> Suggestions(Dictionary<string, Dictionary<string, int>> picked, Dictionary<string, FaqEntry> byId)
    {
        var result = new List<AlternateSuggestions>();
        foreach (var (id, phrasings) in picked.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var known = new HashSet<string>(StringComparer.Ordinal);
            if (byId.TryGetValue(id, out var entry))
            {
                known.Add(Normalize(entry.Question));
                foreach (var alternate in entry.Alternates)
                {
                    known.Add(Normalize(alternate));
                }
            }
            var fresh = phrasings.Where(p => !known.Contains(Normalize(p.Key)))
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(MaxPhrasingsPerEntry).Select(p => new PhrasingCount(p.Key, p.Value)).ToList();
            if (fresh.Count > 0)
            {
                result.Add(new AlternateSuggestions(id, entry?.Question ?? string.Empty, fresh));
            }
        }
        return result.OrderByDescending(s => s.Phrasings.Sum(p => p.Count)).ThenBy(s => s.EntryId, StringComparer.Ordinal).ToList();
    }

    // A phrasing that had personal data in it (now masked) is never offered as an alternate.
    private static bool IsSuggestible(string? question) =>
        !string.IsNullOrWhiteSpace(question) && !question.Contains(PersonalDataRedactor.Mask) && !question.EndsWith('…');

    /// <summary>How phrasings are compared: NFKC, lower case, no white space.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static double? Percentile(List<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}

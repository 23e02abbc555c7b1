using System.Globalization;
using System.Text;
using FaqIndex.Content;

namespace FaqIndex.Search.Evaluation;

/// <summary>Asks every question of an evaluation set and counts the outcomes per kind (the row's note) and in total,
/// with the failures listed for the log.</summary>
public sealed class OutcomeReport
{
    private OutcomeReport(string name, SortedDictionary<string, OutcomeCounts> kinds, List<string> failures)
    {
        Name = name;
        Kinds = kinds;
        Failures = failures;
        foreach (var counts in kinds.Values)
        {
            Total += counts;
        }
    }

    /// <summary>Which searcher.</summary>
    public string Name { get; }
    /// <summary>The counts per kind, by kind name.</summary>
    public IReadOnlyDictionary<string, OutcomeCounts> Kinds { get; }
    /// <summary>The counts over every question.</summary>
    public OutcomeCounts Total { get; }
    /// <summary>Every question not answered directly and rightly (or, out of scope, not declined).</summary>
    public IReadOnlyList<string> Failures { get; }

    /// <summary>True when <paramref name="id"/> is a "not ours" entry (<see cref="DeclineEntries"/>): answering an
    /// out-of-scope question with one counts as declined, answering an in-scope question with one as wrong.</summary>
    public static bool IsDecline(string id) => DeclineEntries.IsDecline(id);

    /// <summary>Runs <paramref name="questions"/> through <paramref name="searcher"/>.</summary>
    public static OutcomeReport Run(string name, IFaqSearcher searcher, IReadOnlyList<EvalQuestion> questions)
    {
        var kinds = new SortedDictionary<string, OutcomeCounts>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var row in questions)
        {
            var result = searcher.Search(row.Question, row.Audience);
            var first = result.Best?.Entry.Id;
            OutcomeCounts counts;
            string? failure = null;
            if (row.OutOfScope)
            {
                bool declined = result.Status == MatchStatus.NoAnswer || (result.Status == MatchStatus.Answered && first is not null && IsDecline(first));
                counts = new OutcomeCounts(0, 0, 0, 0, 0, 1, declined ? 1 : 0);
                failure = declined ? null : $"out of scope but {Describe(result)}";
            }
            else
            {
                bool top1 = first is not null && row.IsRight(first);
                bool direct = result.Status == MatchStatus.Answered;
                bool ask = result.Status == MatchStatus.Ambiguous;
                counts = new OutcomeCounts(1, top1 ? 1 : 0, direct && top1 ? 1 : 0, ask ? 1 : 0, direct && !top1 ? 1 : 0, 0, 0);
                failure = direct && top1 ? null : $"expected {string.Join('|', row.Expected)}, got {Describe(result)}";
            }
            var kind = row.Note.Length == 0 ? "(none)" : row.Note;
            kinds[kind] = kinds.TryGetValue(kind, out var sum) ? sum + counts : counts;
            if (failure is not null)
            {
                failures.Add($"line {row.Line} [{kind}]: {failure}: {row.Question}");
            }
        }
        return new OutcomeReport(name, kinds, failures);
    }

    private static string Describe(FaqSearchResult result)
    {
        var status = result.Status switch
        {
            MatchStatus.Answered => "answered",
            MatchStatus.Ambiguous => "ambiguous",
            _ => "no_answer",
        };
        return result.Best is { } best ? $"{status} {best.Entry.Id}" : status;
    }

    /// <summary>The gate figures in one line.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: top-1 {Total.Top1Rate:P1} ({Total.Top1}/{Total.InScope}), direct right {Total.DirectRate:P1}, ask {Total.AskRate:P1}, wrong direct {Total.WrongRate:P1} ({Total.DirectWrong}), out of scope declined {Total.DeclinedRate:P1} ({Total.Declined}/{Total.OutOfScope})");

    /// <summary>A Markdown table per kind: this report's outcomes next to <paramref name="baseline"/>'s top-1 and declines.</summary>
    public string Table(OutcomeReport baseline)
    {
        var text = new StringBuilder();
        text.AppendLine($"| kind | n | top-1 | direct right | ask | wrong direct | declined (out of scope) | {baseline.Name} top-1 | {baseline.Name} declined |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (kind, counts) in Kinds)
        {
            baseline.Kinds.TryGetValue(kind, out var other);
            text.AppendLine(Row(kind, counts, other));
        }
        text.AppendLine(Row("**all**", Total, baseline.Total));
        return text.ToString();
    }

    private static string Row(string kind, OutcomeCounts c, OutcomeCounts b) => string.Create(CultureInfo.InvariantCulture,
        $"| {kind} | {c.InScope + c.OutOfScope} | {P(c.Top1Rate)} | {P(c.DirectRate)} | {P(c.AskRate)} | {P(c.WrongRate)} | {P(c.DeclinedRate)} | {P(b.Top1Rate)} | {P(b.DeclinedRate)} |");

    private static string P(double rate) => double.IsNaN(rate) ? "–" : rate.ToString("P1", CultureInfo.InvariantCulture);
}

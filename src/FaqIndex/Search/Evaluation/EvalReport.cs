using System.Globalization;

namespace FaqIndex.Search.Evaluation;

/// <summary>How a searcher did on an evaluation set. A question counts as found only when the searcher did not reject
/// it (status other than no answer) and a right id is the first hit (top-1) or among the first three (top-3).</summary>
/// <param name="Name">Which searcher.</param>
/// <param name="InScope">In-scope questions asked.</param>
/// <param name="Top1">In-scope questions whose first hit is right.</param>
/// <param name="Top3">In-scope questions with a right hit among the first three.</param>
/// <param name="OutOfScope">Out-of-scope questions asked.</param>
/// <param name="Rejected">Out-of-scope questions answered with no answer or with a "not ours" entry.</param>
/// <param name="Answered">In-scope questions with status answered.</param>
/// <param name="AnsweredWrong">Questions answered outright with a wrong entry (in scope or not): the worst failure.</param>
/// <param name="Misses">The questions that failed, for the log.</param>
public sealed record EvalReport(string Name, int InScope, int Top1, int Top3, int OutOfScope, int Rejected, int Answered,
    int AnsweredWrong, IReadOnlyList<string> Misses)
{
    /// <summary>Top-1 share of in-scope questions.</summary>
    public double Top1Rate => InScope == 0 ? 0 : (double)Top1 / InScope;
    /// <summary>Top-3 share of in-scope questions.</summary>
    public double Top3Rate => InScope == 0 ? 0 : (double)Top3 / InScope;
    /// <summary>Share of out-of-scope questions rejected.</summary>
    public double RejectedRate => OutOfScope == 0 ? 1 : (double)Rejected / OutOfScope;

    /// <summary>Asks every question and scores the answers.</summary>
    public static EvalReport Run(string name, IFaqSearcher searcher, IReadOnlyList<EvalQuestion> questions)
    {
        int inScope = 0, top1 = 0, top3 = 0, outOfScope = 0, rejected = 0, answered = 0, answeredWrong = 0;
        var misses = new List<string>();
        foreach (var row in questions)
        {
            var result = searcher.Search(row.Question, row.Audience);
            var first = result.Hits.Count > 0 ? result.Hits[0].Entry.Id : "(none)";
            if (row.OutOfScope)
            {
                outOfScope++;
                // A "not ours" entry given directly declines the question as no answer does.
                if (result.Status == MatchStatus.NoAnswer || (result.Status == MatchStatus.Answered && DeclineEntries.IsDecline(first)))
                {
                    rejected++;
                }
                else
                {
                    answeredWrong += result.Status == MatchStatus.Answered ? 1 : 0;
                    misses.Add($"line {row.Line}: out of scope but {Status(result.Status)} {first}: {row.Question}");
                }
                continue;
            }
            inScope++;
            bool accepted = result.Status != MatchStatus.NoAnswer;
            bool rightFirst = accepted && result.Hits.Count > 0 && row.IsRight(result.Hits[0].Entry.Id);
            bool rightTop3 = false;
            for (int i = 0; accepted && i < Math.Min(3, result.Hits.Count); i++)
            {
                rightTop3 |= row.IsRight(result.Hits[i].Entry.Id);
            }
            top1 += rightFirst ? 1 : 0;
            top3 += rightTop3 ? 1 : 0;
            answered += result.Status == MatchStatus.Answered ? 1 : 0;
            answeredWrong += result.Status == MatchStatus.Answered && !rightFirst ? 1 : 0;
            if (!rightFirst)
            {
                misses.Add($"line {row.Line}: expected {string.Join('|', row.Expected)}, got {Status(result.Status)} {first}{(rightTop3 ? "" : " (not in top 3)")}: {row.Question}");
            }
        }
        return new EvalReport(name, inScope, top1, top3, outOfScope, rejected, answered, answeredWrong, misses);
    }

    private static string Status(MatchStatus status) => status switch
    {
        MatchStatus.Answered => "answered",
        MatchStatus.Ambiguous => "ambiguous",
        _ => "no_answer",
    };

    /// <summary>One line with the three gate figures.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: top-1 {Top1Rate:P1} ({Top1}/{InScope}), top-3 {Top3Rate:P1} ({Top3}/{InScope}), out-of-scope rejected {RejectedRate:P1} ({Rejected}/{OutOfScope}), answered outright but wrong {AnsweredWrong}");
}

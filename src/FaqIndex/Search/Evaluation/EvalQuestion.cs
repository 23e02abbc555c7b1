using FaqIndex.Content;

namespace FaqIndex.Search.Evaluation;

/// <summary>One row of an evaluation file: a question, the entries that answer it (none: out of scope), the audience.</summary>
/// <param name="Question">What the member or HR staff typed.</param>
/// <param name="Expected">Ids that count as right; empty when the FAQ must not answer.</param>
/// <param name="Audience">Who asks.</param>
/// <param name="Note">What the row exercises.</param>
/// <param name="Line">The 1-based line in the file.</param>
public sealed record EvalQuestion(string Question, IReadOnlyList<string> Expected, Audience Audience, string Note, int Line)
{
    /// <summary>True when the FAQ has no answer for this question.</summary>
    public bool OutOfScope => Expected.Count == 0;

    /// <summary>True when <paramref name="id"/> is one of the right answers.</summary>
    public bool IsRight(string id)
    {
        foreach (var expected in Expected)
        {
            if (expected == id)
            {
                return true;
            }
        }
        return false;
    }
}

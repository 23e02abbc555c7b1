namespace FaqIndex.Search.Evaluation;

/// <summary>What a searcher did with a group of evaluation questions, counted the way a member notices it: the right
/// answer given directly, a question back ("which of these?"), a wrong answer given directly, an out-of-scope question
/// declined. Top-1 is the ranking alone (the first hit right, whatever the status).</summary>
/// <param name="InScope">In-scope questions.</param>
/// <param name="Top1">In-scope questions whose first hit is right.</param>
/// <param name="DirectRight">In-scope questions answered directly with a right entry.</param>
/// <param name="Ask">In-scope questions answered with choices.</param>
/// <param name="DirectWrong">In-scope questions answered directly with a wrong entry.</param>
/// <param name="OutOfScope">Out-of-scope questions.</param>
/// <param name="Declined">Out-of-scope questions answered with no answer or with a "not ours" entry.</param>
public readonly record struct OutcomeCounts(int InScope, int Top1, int DirectRight, int Ask, int DirectWrong, int OutOfScope, int Declined)
{
    /// <summary>Top-1 share of in-scope questions.</summary>
    public double Top1Rate => Share(Top1, InScope);
    /// <summary>Share of in-scope questions answered directly and rightly.</summary>
    public double DirectRate => Share(DirectRight, InScope);
    /// <summary>Share of in-scope questions answered with choices.</summary>
    public double AskRate => Share(Ask, InScope);
    /// <summary>Share of in-scope questions answered directly but wrongly.</summary>
    public double WrongRate => Share(DirectWrong, InScope);
    /// <summary>Share of out-of-scope questions declined.</summary>
    public double DeclinedRate => Share(Declined, OutOfScope);

    /// <summary>The two counts added.</summary>
    public static OutcomeCounts operator +(OutcomeCounts a, OutcomeCounts b) => new(a.InScope + b.InScope, a.Top1 + b.Top1,
        a.DirectRight + b.DirectRight, a.Ask + b.Ask, a.DirectWrong + b.DirectWrong, a.OutOfScope + b.OutOfScope, a.Declined + b.Declined);

    private static double Share(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
}

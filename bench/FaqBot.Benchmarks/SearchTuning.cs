using System.Globalization;
using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Search.Evaluation;

namespace FaqBot.Benchmarks;

/// <summary>Derives the search settings from the evaluation set (not a latency benchmark: the offline step behind
/// <see cref="FaqSearchTuning.Default"/>). Boosts by coordinate ascent on raw ranking; ranking weights by logistic
/// regression over the top candidates; the scope and answer models by logistic regression over the ranked result; the
/// two thresholds by cost; everything also 5-fold cross-validated so the reported figures are not only the ones fitted. Usage: <c>search-tune [--content DIR] [--eval DIR] [--keep-boosts] [--keep-weights] [--listwise WEIGHT] [--dump]</c>.</summary>
internal static class SearchTuning
{
    private const int Folds = 5;
    private const string SeedNote = "seed000";
    private const int Candidates = 8;
    // The old set's gates (issue 3), which EvaluationTests keeps: the thresholds are chosen among those that meet them.
    private const double OldMinTop1 = 0.90, OldMinTop3 = 0.97, OldMinRejected = 0.90;
    // Wrong direct answers to in-scope questions of the tuning half at most this share: the held-out gate, so the cost cannot buy
    // asks back with wrong answers beyond it.
    private const double MaxWrong = 0.025;
    private static HashSet<object> OldSet = [];
    // Gradient-descent steps of each logistic fit: enough for the 22 decision features to converge.
    private const int Iterations = 20000;
    // Weight of the listwise (right entry first) loss against the candidates' own logistic loss in the ranking fit
    // (--listwise; 0, the default, is the plain logistic fit behind FaqSearchTuning.Default).
    private static double ListwiseWeight;

    public static Task<int> RunAsync(string[] args)
    {
        var repo = RepoPaths.FindRoot();
        var contentRoot = RepoPaths.Option(args, "--content") ?? Path.Combine(repo, "content");
        var evalDir = RepoPaths.Option(args, "--eval") ?? Path.Combine(repo, "tests", "eval");
        var snapshot = FaqIndexBuilder.Build(contentRoot, TimeProvider.System, out _);
        // Fitted on the tuning half and the older set; tests/eval/heldout.tsv is never read here.
        var oldSet = EvalSet.Load(Path.Combine(evalDir, "questions.tsv"));
        var questions = EvalSet.Load(Path.Combine(evalDir, "tuning.tsv")).Concat(oldSet).ToList();
        OldSet = oldSet.ToHashSet<object>(ReferenceEqualityComparer.Instance!);
        // The kenpo's own FAQ wording must always be answered: its rows join the fit (never the reported figures).
        var seed = EvalSet.Load(Path.Combine(evalDir, "seed000-questions.tsv")).Select(q => q with { Note = SeedNote, Audience = FaqIndex.Content.Audience.Hr }).ToList();
        Console.WriteLine($"{snapshot.Entries.Count} entries, {questions.Count} questions");

        // --keep-boosts: refit only the confidence models, with the boosts of FaqSearchTuning.Default.
        // --keep-weights: keep the candidate (ranking) weights of FaqSearchTuning.Default and fit only the scope model and
        // the thresholds; a refit of the ranking weights can reorder a seed-000 question that must come first.
        bool keepWeights = args.Contains("--keep-weights");
        ListwiseWeight = double.Parse(RepoPaths.Option(args, "--listwise") ?? "0", CultureInfo.InvariantCulture);
        var tuning = args.Contains("--keep-boosts") ? FaqSearchTuning.Default : TuneBoosts(snapshot, questions);
        Console.WriteLine($"boosts: question {tuning.QuestionBoost}, alternates {tuning.AlternatesBoost}, answer {tuning.AnswerBoost}, tags {tuning.TagsBoost}, bigram {tuning.BigramBoost}, reading {tuning.ReadingBoost}, k1 {tuning.K1}, b {tuning.B}");

        var rows = (List<EvalQuestion>)[.. questions, .. seed];
        var samples = Collect(snapshot.WithTuning(tuning), rows);

        // Cross-validation: fit on four folds, measure on the fifth. The fifths' scores, each from models that never saw
        // them, are pooled: the thresholds are chosen on that pool, so a wrong answer the fit hides in-sample still counts.
        var cv = new Figures();
        var pooled = new List<Scored>();
        for (int fold = 0; fold < Folds; fold++)
        {
            var train = samples.Where((_, i) => i % Folds != fold).ToList();
            var test = samples.Where((_, i) => i % Folds == fold).ToList();
            var (models, trainScored) = FitModels(snapshot, train, tuning, keepWeights);
            var (noAnswer, answered) = Choose(trainScored, SeedScope(trainScored));
            var fitted = models with { NoAnswerThreshold = noAnswer, AnsweredThreshold = answered };
            var testSamples = Recollect(snapshot, test, fitted);
            cv.Add(Evaluate(testSamples, fitted));
            pooled.AddRange(testSamples.Select(s => Score(s, fitted.ScopeWeights, fitted.AnswerWeights)));
        }
        Console.WriteLine("5-fold cross-validated: " + cv);

        var (finalModels, finalScored) = FitModels(snapshot, samples, tuning, keepWeights);
        var (finalNoAnswer, finalAnswered) = Choose(pooled, SeedScope(finalScored));
        var final = finalModels with { NoAnswerThreshold = finalNoAnswer, AnsweredThreshold = finalAnswered };
        Console.WriteLine("cross-validated at the chosen thresholds: " + Figures.Of(pooled, finalNoAnswer, finalAnswered));
        var finalSamples = Recollect(snapshot, samples, final);
        if (args.Contains("--dump"))
        {
            foreach (var s in finalSamples.Where(s => s.Row.Note != SeedNote).OrderBy(s => s.Decision.Probability(final.AnswerWeights)))
            {
                var d = s.Decision;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(s.Row.OutOfScope ? "OOS" : s.Right.Length > 0 && s.Right[0] ? "ok " : "BAD")} scope={d.Probability(final.ScopeWeights):0.00} answer={d.Probability(final.AnswerWeights):0.00} p1={d.BestConfidence:0.00} p2={d.RunnerUpConfidence:0.00} ev1={d.BestEvidence:0.00} ev2={d.RunnerUpEvidence:0.00} unc={d.Uncovered:0.00} fb={d.ForeignBigrams:0.00} qk={d.QuestionSideKnown:0.00} an={d.Best.Anchor:0.00} {(s.Hits.Length > 0 ? snapshot.Entries[s.Hits[0].Document].Id : "-")} <- {s.Row.Question}"));
            }
        }
        Console.WriteLine("fitted on all rows:     " + Evaluate(finalSamples, final));
        Console.WriteLine("weights: [" + Join(final.ConfidenceWeights) + "]");
        Console.WriteLine("scope weights: [" + Join(final.ScopeWeights) + "]");
        Console.WriteLine("answer weights: [" + Join(final.AnswerWeights) + "]");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"thresholds: answered {final.AnsweredThreshold:0.###}, no answer {final.NoAnswerThreshold:0.###}"));
        // What search-eval and EvaluationTests will show with these values (tuning half and the old set only).
        var engine = new FaqSearchEngine(snapshot.WithTuning(final), resultCacheCapacity: 0);
        Console.WriteLine("tuning half: " + OutcomeReport.Run("FaqBot", engine, EvalSet.Load(Path.Combine(evalDir, "tuning.tsv"))).Summary());
        var oldReport = EvalReport.Run("FaqBot", engine, oldSet);
        Console.WriteLine("old set:     " + oldReport.Summary());
        if (args.Contains("--dump"))
        {
            foreach (var miss in oldReport.Misses)
            {
                Console.WriteLine("  old set " + miss);
            }
        }
        return Task.FromResult(0);
    }

    private static string Join(IReadOnlyList<double> weights) =>
        string.Join(", ", weights.Select(w => w.ToString("0.###", CultureInfo.InvariantCulture)));

    private static FaqSearchTuning TuneBoosts(FaqIndexSnapshot snapshot, IReadOnlyList<EvalQuestion> questions)
    {
        // Raw BM25 order: weights that only look at the score.
        var tuning = FaqSearchTuning.Default with { ConfidenceWeights = RawScoreOrder() };
        var inScope = questions.Where(q => !q.OutOfScope).ToList();
        double Score(FaqSearchTuning t) => RankQuality(snapshot.WithTuning(t), inScope);
        var axes = new (string Name, float[] Values, Func<FaqSearchTuning, float, FaqSearchTuning> Set)[]
        {
            ("question", [1, 2, 3, 4, 6], (t, v) => t with { QuestionBoost = v }),
            ("alternates", [0.5f, 1, 2, 3, 4], (t, v) => t with { AlternatesBoost = v }),
            ("answer", [0, 0.2f, 0.4f, 0.8f, 1.2f], (t, v) => t with { AnswerBoost = v }),
            ("tags", [0, 0.5f, 1, 1.5f, 2.5f], (t, v) => t with { TagsBoost = v }),
            ("bigram", [0, 0.3f, 0.6f, 1, 1.5f, 2.5f], (t, v) => t with { BigramBoost = v }),
            ("reading", [0, 0.3f, 0.6f, 1, 1.5f, 2.5f], (t, v) => t with { ReadingBoost = v }),
            ("k1", [0.6f, 0.9f, 1.2f, 1.6f, 2.0f], (t, v) => t with { K1 = v }),
            ("b", [0.3f, 0.5f, 0.75f, 0.9f], (t, v) => t with { B = v }),
        };
        double best = Score(tuning);
        for (int round = 0; round < 2; round++)
        {
            foreach (var (name, values, set) in axes)
            {
                foreach (var value in values)
                {
                    var candidate = set(tuning, value);
                    double score = Score(candidate);
                    if (score > best + 1e-9)
                    {
                        best = score;
                        tuning = candidate;
                    }
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: raw top-1 + top-3 = {best:0.0000}"));
        }
        return tuning with { ConfidenceWeights = FaqSearchTuning.Default.ConfidenceWeights };
    }

    // Ranking weights that order candidates by log(1 + BM25 score) alone (feature 8, after the bias).
    private static double[] RawScoreOrder()
    {
        var weights = new double[HitFeatures.Count + 1];
        weights[9] = 1;
        return weights;
    }

    private static double RankQuality(FaqIndexSnapshot snapshot, List<EvalQuestion> inScope)
    {
        Span<HitFeatures> hits = stackalloc HitFeatures[Candidates];
        Span<double> confidences = stackalloc double[Candidates];
        int top1 = 0, top3 = 0;
        foreach (var row in inScope)
        {
            int n = FaqSearchEngine.Rank(snapshot, row.Question, row.Audience, hits, confidences);
            for (int i = 0; i < Math.Min(3, n); i++)
            {
                if (row.IsRight(snapshot.Entries[hits[i].Document].Id))
                {
                    top1 += i == 0 ? 1 : 0;
                    top3++;
                    break;
                }
            }
        }
        return (top1 + top3) / (double)inScope.Count;
    }

    private sealed record Sample(EvalQuestion Row, HitFeatures[] Hits, bool[] Right, bool[] Decline, DecisionFeatures Decision);

    private static List<Sample> Collect(FaqIndexSnapshot snapshot, IReadOnlyList<EvalQuestion> questions)
    {
        var samples = new List<Sample>();
        var hits = new HitFeatures[Candidates];
        var confidences = new double[Candidates];
        foreach (var row in questions)
        {
            int n = FaqSearchEngine.Rank(snapshot, row.Question, row.Audience, hits, confidences, out var decision);
            var right = new bool[n];
            var decline = new bool[n];
            for (int i = 0; i < n; i++)
            {
                var id = snapshot.Entries[hits[i].Document].Id;
                // For an out-of-scope question a "not ours" entry is the right answer: it declines and says where to go.
                decline[i] = OutcomeReport.IsDecline(id);
                right[i] = row.IsRight(id) || (row.OutOfScope && decline[i]);
            }
            samples.Add(new Sample(row, hits[..n], right, decline, decision));
        }
        return samples;
    }

    // The decision features depend on the ranking weights (which hit is best, which is the runner-up).
    private static List<Sample> Recollect(FaqIndexSnapshot snapshot, List<Sample> samples, FaqSearchTuning tuning) =>
        Collect(snapshot.WithTuning(tuning), samples.Select(s => s.Row).ToList());

    // The three models (ranking unless kept, scope, answer) fitted on these rows, and the rows scored by them.
    private static (FaqSearchTuning Models, List<Scored> Scored) FitModels(FaqIndexSnapshot snapshot, List<Sample> samples, FaqSearchTuning boosts, bool keepWeights)
    {
        var weights = keepWeights ? boosts.ConfidenceWeights.ToArray() : FitCandidates(samples);
        var ranked = keepWeights ? samples : Recollect(snapshot, samples, boosts with { ConfidenceWeights = weights });
        var found = ranked.Where(s => s.Hits.Length > 0).ToList();
        // Scope model: is the question ours? A "not ours" entry ranked best declines the question whatever this model says
        // (directly, or as no answer instead of choices), so those rows teach it nothing.
        var ours = found.Where(s => !s.Decline[0]).ToList();
        var scopeWeights = FitLogistic(ours.Select(s => Vector(s.Decision)).ToList(), ours.Select(s => s.Row.OutOfScope ? 0.0 : 1.0).ToList());
        // Answer model: is the best hit right? Here the "not ours" rows count: such an entry given to a question the FAQ
        // does answer is a wrong direct answer.
        var answerWeights = FitLogistic(found.Select(s => Vector(s.Decision)).ToList(), found.Select(s => s.Right[0] ? 1.0 : 0.0).ToList());
        var scored = ranked.Select(s => Score(s, scopeWeights, answerWeights)).ToList();
        return (boosts with { ConfidenceWeights = weights, ScopeWeights = scopeWeights, AnswerWeights = answerWeights }, scored);
    }

    // The kenpo's own questions (seed 000) are never rejected when ranked right: the no-answer threshold stays below the
    // lowest in-scope probability among them.
    private static double SeedScope(List<Scored> scored) =>
        scored.Where(s => s.Row.Note == SeedNote && s.Right.Length > 0 && s.Right[0]).Select(s => s.Scope).DefaultIfEmpty(1).Min();

    // Both thresholds together, by what a member notices: a right direct answer is worth 1, a question back with the
    // right entry among the choices 0.3, a wrong direct answer costs 3 (worse than any question back), an in-scope
    // question refused costs 0.5; an out-of-scope question declined is worth 1, answered with choices costs 1. Only
    // points that keep the old set's gates and at most MaxWrong wrong direct answers on the tuning half count (when
    // none does, as in a small cross-validation fold, the cost alone decides).
    private static (double NoAnswer, double Answered) Choose(List<Scored> scored, double seedRight)
    {
        var old = scored.Where(s => OldSet.Contains(s.Row)).ToList();
        var tuningHalf = scored.Where(s => !OldSet.Contains(s.Row)).ToList();
        double bestValue = double.MinValue, noAnswer = 0, answered = 1;
        bool meetsOld = false;
        foreach (var t in Enumerable.Range(0, 50).Select(i => i * 0.02).Where(t => t < seedRight))
        {
            foreach (var a in Enumerable.Range(5, 45).Select(i => i * 0.02))
            {
                var o = Figures.Of(old, t, a);
                var all = Figures.Of(scored, t, a);
                bool meets = o.Top1Rate >= OldMinTop1 && o.Top3Rate >= OldMinTop3 && o.RejectedRate >= OldMinRejected
                    && WrongShare(Figures.Of(tuningHalf, t, a)) <= MaxWrong;
                double value = Value(all);
                if ((meets && !meetsOld) || (meets == meetsOld && value > bestValue + 1e-9))
                {
                    bestValue = value;
                    noAnswer = t;
                    answered = a;
                    meetsOld |= meets;
                }
            }
        }
        if (!meetsOld)
        {
            Console.WriteLine("  (no thresholds keep the old set's gates and the wrong-answer bound on these rows: chosen by cost alone)");
        }
        return (noAnswer, answered);
    }

    private static double WrongShare(Figures f) => (double)f.InScopeWrong / Math.Max(1, f.InScope);

    internal static double Value(Figures f) =>
        f.AnsweredRight + 0.3 * f.AskedRight - 3.0 * f.AnsweredWrong + f.Rejected - f.AskedOutOfScope - 0.5 * f.RejectedInScope;

    // Candidate model: is this candidate a right answer (every candidate of an out-of-scope row is wrong)? Each
    // candidate's own loss keeps the probability calibrated (the dialog and the decision models read it); with
    // --listwise, a loss over each question's candidates (softmax, the right ones as the target; only questions with both
    // a right and a wrong candidate) also rewards putting a right one first, which is what the ranking is for.
    private static double[] FitCandidates(List<Sample> samples)
    {
        var x = new List<double[]>();
        var y = new List<double>();
        var groups = new List<(int Start, int Length)>();
        foreach (var s in samples)
        {
            int start = x.Count;
            for (int i = 0; i < s.Hits.Length; i++)
            {
                x.Add(Vector(s.Hits[i]));
                y.Add(s.Right[i] ? 1 : 0);
            }
            if (s.Hits.Length > 1 && s.Right.Contains(true) && s.Right.Contains(false))
            {
                groups.Add((start, s.Hits.Length));
            }
        }
        return FitLogistic(x, y, groups);
    }

    private static double[] Vector(HitFeatures hit)
    {
        var v = new double[HitFeatures.Count + 1];
        v[0] = 1;
        hit.CopyTo(v.AsSpan(1));
        return v;
    }

    private static double[] Vector(DecisionFeatures decision)
    {
        var v = new double[DecisionFeatures.Count + 1];
        v[0] = 1;
        decision.CopyTo(v.AsSpan(1));
        return v;
    }

    private static double[] FitLogistic(List<double[]> x, List<double> y, List<(int Start, int Length)>? groups = null)
    {
        int width = x.Count > 0 ? x[0].Length : 1;
        var w = new double[width];
        var z = new double[x.Count];
        const double rate = 0.5;
        const double l2 = 1e-3;
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[w.Length];
            for (int n = 0; n < x.Count; n++)
            {
                z[n] = 0;
                for (int k = 0; k < w.Length; k++)
                {
                    z[n] += w[k] * x[n][k];
                }
                double error = 1 / (1 + Math.Exp(-z[n])) - y[n];
                for (int k = 0; k < w.Length; k++)
                {
                    gradient[k] += error * x[n][k];
                }
            }
            if (ListwiseWeight > 0)
            {
                foreach (var (start, length) in groups ?? [])
                {
                    AddListwiseGradient(x, y, z, start, length, gradient);
                }
            }
            for (int k = 0; k < w.Length; k++)
            {
                w[k] -= rate * (gradient[k] / x.Count + (k == 0 ? 0 : l2 * w[k]));
            }
        }
        return w;
    }

    // Gradient of −log(share of the softmax over one question's candidates that falls on its right ones), times ListwiseWeight.
    private static void AddListwiseGradient(List<double[]> x, List<double> y, double[] z, int start, int length, double[] gradient)
    {
        double max = double.MinValue;
        for (int i = start; i < start + length; i++)
        {
            max = Math.Max(max, z[i]);
        }
        double all = 0, right = 0;
        for (int i = start; i < start + length; i++)
        {
            double e = Math.Exp(z[i] - max);
            all += e;
            right += y[i] * e;
        }
        for (int i = start; i < start + length; i++)
        {
            double e = Math.Exp(z[i] - max);
            double g = ListwiseWeight * (e / all - y[i] * e / right);
            for (int k = 0; k < gradient.Length; k++)
            {
                gradient[k] += g * x[i][k];
            }
        }
    }

    internal sealed record Scored(EvalQuestion Row, int Offered, bool[] Right, double Scope, double Answer, bool DeclineFirst);

    private static Scored Score(Sample sample, IReadOnlyList<double> scopeWeights, IReadOnlyList<double> answerWeights)
    {
        bool found = sample.Hits.Length > 0;
        return new Scored(sample.Row, Math.Min(3, sample.Hits.Length), sample.Right,
            found ? sample.Decision.Probability(scopeWeights) : 0, found ? sample.Decision.AnswerProbability(answerWeights) : 0,
            found && sample.Decline[0]);
    }

    private static Figures Evaluate(List<Sample> samples, FaqSearchTuning tuning) =>
        Figures.Of(samples.Select(s => Score(s, tuning.ScopeWeights, tuning.AnswerWeights)).ToList(), tuning.NoAnswerThreshold, tuning.AnsweredThreshold);

    internal sealed class Figures
    {
        public int InScope, Top1, Top3, OutOfScope, Rejected, AnsweredRight, AnsweredWrong, AskedRight, AskedOutOfScope, RejectedInScope, InScopeWrong;
        public double Top1Rate => (double)Top1 / Math.Max(1, InScope);
        public double Top3Rate => (double)Top3 / Math.Max(1, InScope);
        public double RejectedRate => (double)Rejected / Math.Max(1, OutOfScope);

        public static Figures Of(List<Scored> scored, double noAnswer, double answered)
        {
            var f = new Figures();
            var tuning = FaqSearchTuning.Default with { NoAnswerThreshold = noAnswer, AnsweredThreshold = answered };
            foreach (var s in scored)
            {
                if (s.Row.Note == SeedNote)
                {
                    continue;
                }
                var (status, offered) = s.Offered == 0 ? (MatchStatus.NoAnswer, 0) : ConfidenceModel.Decide(s.Scope, s.Answer, s.Offered, tuning);
                // As the engine does: a "not ours" entry first is never offered as a choice.
                status = status == MatchStatus.Ambiguous && s.DeclineFirst ? MatchStatus.NoAnswer : status;
                bool accepted = status != MatchStatus.NoAnswer;
                if (s.Row.OutOfScope)
                {
                    bool decline = status == MatchStatus.Answered && s.Right.Length > 0 && s.Right[0];
                    f.OutOfScope++;
                    f.Rejected += !accepted || decline ? 1 : 0;
                    f.AnsweredWrong += status == MatchStatus.Answered && !decline ? 1 : 0;
                    f.AskedOutOfScope += status == MatchStatus.Ambiguous ? 1 : 0;
                    continue;
                }
                f.InScope++;
                f.RejectedInScope += accepted ? 0 : 1;
                bool first = accepted && s.Right.Length > 0 && s.Right[0];
                bool any = accepted && s.Right.Take(Math.Max(1, offered)).Any(r => r);
                f.Top1 += first ? 1 : 0;
                f.Top3 += any ? 1 : 0;
                f.AnsweredRight += status == MatchStatus.Answered && first ? 1 : 0;
                f.AnsweredWrong += status == MatchStatus.Answered && !first ? 1 : 0;
                f.InScopeWrong += status == MatchStatus.Answered && !first ? 1 : 0;
                f.AskedRight += status == MatchStatus.Ambiguous && any ? 1 : 0;
            }
            return f;
        }

        public void Add(Figures o)
        {
            InScope += o.InScope; Top1 += o.Top1; Top3 += o.Top3; OutOfScope += o.OutOfScope; Rejected += o.Rejected;
            AnsweredRight += o.AnsweredRight; AnsweredWrong += o.AnsweredWrong; AskedRight += o.AskedRight; AskedOutOfScope += o.AskedOutOfScope; RejectedInScope += o.RejectedInScope; InScopeWrong += o.InScopeWrong;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"top-1 {Top1Rate:P1} ({Top1}/{InScope}), top-3 {Top3Rate:P1}, out-of-scope rejected {RejectedRate:P1} ({Rejected}/{OutOfScope}), answered right {AnsweredRight}, asked {AskedRight}, answered wrong {AnsweredWrong}, out of scope asked {AskedOutOfScope}, in scope rejected {RejectedInScope}, value {Value(this):0.0}");
    }
}

using FaqIndex.Search;

namespace FaqIndex.Tests.Search;

/// <summary>The decision features between near twins: the evidence counts only as much as the two best hits are twins,
/// and twins with no deciding word in the question are flagged as such.</summary>
public sealed class DecisionFeaturesTests
{
    private const int Twin = 21, TwinBestWord = 22, TwinRunnerUpWord = 23, TwinUndecided = 24;

    [Fact]
    public void Twins_told_apart_by_the_best_hits_word_carry_that_word()
    {
        var v = Vector(twin: 0.8, bestEvidence: 0.5, runnerUpEvidence: 0);
        Assert.Equal(0.8, v[Twin], 9);
        Assert.Equal(0.4, v[TwinBestWord], 9);
        Assert.Equal(0, v[TwinRunnerUpWord]);
        Assert.Equal(0, v[TwinUndecided]);
    }

    [Fact]
    public void Twins_pointed_at_the_runner_up_carry_its_word()
    {
        var v = Vector(twin: 0.8, bestEvidence: 0, runnerUpEvidence: 0.25);
        Assert.Equal(0.2, v[TwinRunnerUpWord], 9);
        Assert.Equal(0, v[TwinUndecided]);
    }

    [Fact]
    public void Twins_without_a_deciding_word_are_undecided_and_strangers_never_are()
    {
        Assert.Equal(0.8, Vector(twin: 0.8, bestEvidence: 0, runnerUpEvidence: 0)[TwinUndecided], 9);
        var strangers = Vector(twin: 0, bestEvidence: 0.5, runnerUpEvidence: 0.3);
        Assert.Equal(0, strangers[TwinBestWord]);
        Assert.Equal(0, strangers[TwinRunnerUpWord]);
        Assert.Equal(0, strangers[TwinUndecided]);
    }

    private static double[] Vector(double twin, double bestEvidence, double runnerUpEvidence)
    {
        var features = new DecisionFeatures(default, 0.7, 0.3, runnerUpEvidence, bestEvidence, 0, 0, 0, 0, 1, twin);
        var vector = new double[DecisionFeatures.Count];
        features.CopyTo(vector);
        return vector;
    }
}

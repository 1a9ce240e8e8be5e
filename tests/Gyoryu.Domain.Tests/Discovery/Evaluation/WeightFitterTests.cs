using Gyoryu.Domain.Discovery.Evaluation;
using Gyoryu.Domain.Discovery.Scoring;
using static Gyoryu.Domain.Tests.Discovery.Evaluation.EvaluationFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Evaluation;

public sealed class WeightFitterTests
{
    private static readonly WeightFitOptions Quick = new(ValidationShare: 0.2, WorldwideLinks: 60, Step: 0.25, MaxSweeps: 2);

    [Fact]
    public void The_same_ties_give_the_same_weights()
    {
        var (places, ties) = Banded();

        var first = WeightFitter.Fit(places, ties, Quick);
        var again = WeightFitter.Fit(places, ties, Quick with { MaxParallelism = 1 });

        again.Weights.ShouldBe(first.Weights);
        again.FittedWorldwide.ShouldBe(first.FittedWorldwide);
    }

    [Fact]
    public void Fitted_weights_are_in_range_and_never_worse_than_the_start_on_validation()
    {
        var (places, ties) = Banded();

        var fit = WeightFitter.Fit(places, ties, Quick);

        double[] weights = [fit.Weights.Similarity, fit.Weights.Complementarity, fit.Weights.Economic, fit.Weights.Network, fit.Weights.Concentration];
        weights.ShouldAllBe(w => w >= 0 && w <= 1);
        (fit.FittedKorean.At50 + fit.FittedWorldwide.At50).ShouldBeGreaterThanOrEqualTo(fit.StartKorean.At50 + fit.StartWorldwide.At50);
        fit.KoreanLinks.ShouldBeGreaterThan(0);
        fit.WeightsTried.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Components_without_any_signal_keep_their_start_weight()
    {
        var (places, ties) = Banded();
        var start = new ScoringWeights(0.4, 0.35, 0.2, 0.5, 0.1);

        var fit = WeightFitter.Fit(places, ties, Quick with { Start = start });

        // No place has goals or industries, so similarity and complementarity are 0 for every candidate.
        fit.ComponentsWithoutSignal.ShouldBe(["similarity", "complementarity"]);
        fit.Weights.Similarity.ShouldBe(0.4);
        fit.Weights.Complementarity.ShouldBe(0.35);
    }
}

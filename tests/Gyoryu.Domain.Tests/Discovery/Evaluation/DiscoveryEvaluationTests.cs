using Gyoryu.Domain.Discovery.Evaluation;
using static Gyoryu.Domain.Tests.Discovery.Evaluation.EvaluationFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Evaluation;

public sealed class DiscoveryEvaluationTests
{
    private static readonly DiscoveryEvaluationOptions Quick = new(
        Share: 0.15, Rounds: 2, WorldwideLinks: 80, Fit: new WeightFitOptions(ValidationShare: 0.2, WorldwideLinks: 60, Step: 0.25, MaxSweeps: 2));

    [Fact]
    public void On_a_network_with_clear_structure_the_engine_beats_the_random_baseline()
    {
        var (places, ties) = Banded();

        var report = DiscoveryEvaluation.Run(places, ties, Quick);

        var random = report.Results.Single(r => r.Label == "random");
        report.Engine.Label.ShouldBe(DiscoveryEvaluation.EngineLabel);
        report.Engine.Worldwide.At10.ShouldBeGreaterThan(0.8);
        report.Engine.Worldwide.At10.ShouldBeGreaterThan(random.Worldwide.At10 + 0.5);
        report.Engine.Korean.At10.ShouldBeGreaterThan(random.Korean.At10 + 0.5);
    }

    [Fact]
    public void The_report_covers_every_ranker_and_both_groups_and_is_reproducible()
    {
        var (places, ties) = Banded();

        var report = DiscoveryEvaluation.Run(places, ties, Quick);
        var again = DiscoveryEvaluation.Run(places, ties, Quick with { MaxParallelism = 1 });

        report.Results.Select(r => r.Label).ShouldBe(
            [DiscoveryEvaluation.EngineLabel, DiscoveryEvaluation.DefaultsLabel, "random", "degree", "country-prior-degree", "common-neighbours"]);
        report.Rounds.Select(r => r.Seed).ShouldBe([Quick.Seed, Quick.Seed + 1]);
        report.Engine.Worldwide.Links.ShouldBe(80);
        report.Engine.Korean.Links.ShouldBe(report.Rounds.Sum(r => r.Results[0].Korean.Links));
        again.Results.Select(r => (r.Korean, r.Worldwide)).ShouldBe(report.Results.Select(r => (r.Korean, r.Worldwide)));
        again.FinalFit!.Weights.ShouldBe(report.FinalFit!.Weights);

        var markdown = report.ToMarkdown();
        markdown.ShouldContain("| common-neighbours |");
        markdown.ShouldContain("**Links from Korean places**");
        markdown.ShouldContain("**Links worldwide**");
    }
}

using Gyoryu.Domain.Discovery.Evaluation;
using Gyoryu.Domain.Discovery.Scoring;
using static Gyoryu.Domain.Tests.Discovery.Evaluation.EvaluationFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Evaluation;

public sealed class RankingEvaluatorTests
{
    [Fact]
    public void Recall_counts_targets_within_each_cut_off()
    {
        var recall = GroupRecall.Of([1, 10, 11, 50, 51, 100, null, null]);

        recall.ShouldBe(new GroupRecall(8, 2, 4, 6));
        recall.At10.ShouldBe(0.25);
        recall.At50.ShouldBe(0.5);
        recall.At100.ShouldBe(0.75);
    }

    [Fact]
    public void An_empty_group_has_no_recall_rather_than_no_number()
    {
        GroupRecall.Of([]).At50.ShouldBe(0);
    }

    [Fact]
    public void Recall_of_two_rounds_pools_their_links()
    {
        (new GroupRecall(4, 1, 2, 3) + new GroupRecall(6, 0, 1, 1)).ShouldBe(new GroupRecall(10, 1, 3, 4));
    }

    [Fact]
    public void The_rank_of_a_hidden_target_is_its_place_among_the_candidates()
    {
        // Degrees: hub 3; busy, a, b and c 2 (busy first by index); quiet 1; the source's partner is excluded.
        PlaceRecord[] places = [Place("source", "KR"), Place("partner"), Place("hub"), Place("busy"), Place("quiet"), Place("a"), Place("b"), Place("c")];
        var index = PlaceIndex.Build(places, [new("source", "partner"), new("hub", "a"), new("hub", "b"), new("hub", "c"), new("busy", "a"), new("busy", "b"), new("quiet", "c")]);
        var degree = new RankerUnderTest("degree", new DegreeRanker(index), ScoringWeights.Default);
        HiddenLink[] links = [new("source", "hub", true), new("source", "busy", true), new("source", "quiet", true), new("source", "partner", true)];

        var ranks = RankingEvaluator.RanksOf(degree, links);

        ranks.ShouldBe([1, 2, 6, null]);
    }

    [Fact]
    public void Each_group_gets_the_recall_of_its_own_links()
    {
        PlaceRecord[] places = [Place("source", "KR"), Place("other"), Place("hub"), Place("a"), Place("b")];
        var index = PlaceIndex.Build(places, [new("hub", "a"), new("hub", "b"), new("other", "a")]);
        var degree = new RankerUnderTest("degree", new DegreeRanker(index), ScoringWeights.Default);
        HiddenLink korean = new("source", "hub", true), foreign = new("other", "source", false);

        var result = RankingEvaluator.Evaluate([degree], [korean], [korean, foreign]).Single();

        result.Label.ShouldBe("degree");
        result.Korean.ShouldBe(new GroupRecall(1, 1, 1, 1));
        result.Worldwide.Links.ShouldBe(2);
        result.Worldwide.FoundAt10.ShouldBe(2);
    }
}

using Gyoryu.Domain.Discovery.Scoring;
using static Gyoryu.Domain.Tests.Discovery.Scoring.ScoringFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Scoring;

public sealed class BaselineRankerTests
{
    private static readonly PlaceIndex Network = Index(
        [
            Korean("source"), Korean("peer", region: "강원도"),
            Foreign("hub"), Foreign("leaf"), Foreign("friend", country: "CN", region: "Jilin"), Foreign("mutual", country: "US", region: "Ohio"),
        ],
        ("source", "mutual"), ("friend", "mutual"), ("hub", "mutual"), ("hub", "peer"), ("hub", "leaf"));

    [Fact]
    public void The_degree_baseline_puts_the_busiest_place_first()
    {
        var results = new DegreeRanker(Network).Rank("source", RankingFilter.None, ScoringWeights.Default, 10);

        results.Ids().ShouldBe(["hub", "peer", "leaf", "friend"]);
        results[0].Total.ShouldBe(3);
        results[0].Reason.ShouldBe("기준선: 후보 연결 수 3");
    }

    [Fact]
    public void The_common_neighbours_baseline_counts_shared_partners()
    {
        var results = new CommonNeighboursRanker(Network).Rank("source", RankingFilter.None, ScoringWeights.Default, 2);

        results.Ids().ShouldBe(["hub", "friend"]);
        results.ShouldAllBe(r => r.Total == 1);
    }

    [Fact]
    public void The_country_prior_baseline_favours_countries_the_source_country_twins_with()
    {
        var results = new CountryPriorDegreeRanker(Network).Rank("source", new RankingFilter(PlaceScope.International), ScoringWeights.Default, 10);

        // KR ties: US once (source–mutual), JP once (hub–peer), CN none; so Japanese leaf beats Chinese friend of equal degree.
        results.Ids().ShouldBe(["hub", "leaf", "friend"]);
    }

    [Fact]
    public void The_random_baseline_is_reproducible_and_depends_on_the_seed()
    {
        var world = RandomIndex(300, seed: 3);

        var first = new RandomRanker(world, seed: 1).Rank("P5", RankingFilter.None, ScoringWeights.Default, 20).Ids();
        var again = new RandomRanker(world, seed: 1).Rank("P5", RankingFilter.None, ScoringWeights.Default, 20).Ids();
        var other = new RandomRanker(world, seed: 2).Rank("P5", RankingFilter.None, ScoringWeights.Default, 20).Ids();

        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    [Fact]
    public void Baselines_honour_filters()
    {
        var results = new DegreeRanker(Network).Rank("source", new RankingFilter(PlaceScope.Domestic), ScoringWeights.Default, 10);

        results.Ids().ShouldBe(["peer"]);
    }
}

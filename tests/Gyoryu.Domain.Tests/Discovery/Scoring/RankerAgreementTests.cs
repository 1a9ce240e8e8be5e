using Gyoryu.Domain.Discovery.Scoring;
using static Gyoryu.Domain.Tests.Discovery.Scoring.ScoringFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Scoring;

public sealed class RankerAgreementTests
{
    private static readonly PlaceIndex World = RandomIndex(2_000, seed: 20240601);

    public static TheoryData<string> Filters => ["none", "domestic", "international", "countries", "population"];

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_fast_and_the_linq_recommenders_rank_alike(string filterName)
    {
        var filter = Filter(filterName);
        var fast = new Recommender(World);
        var linq = new LinqRecommender(World);

        foreach (var source in new[] { "P0", "P7", "P42", "P120", "P249", "P1500" })
        {
            var expected = linq.Rank(source, filter, ScoringWeights.Default, 30);
            var actual = fast.Rank(source, filter, ScoringWeights.Default, 30);

            actual.Ids().ShouldBe(expected.Ids(), $"{source} / {filterName}");
            for (var k = 0; k < actual.Count; k++)
            {
                actual[k].Total.ShouldBe(expected[k].Total, 1e-6);
                actual[k].Components.Similarity.ShouldBe(expected[k].Components.Similarity, 1e-6);
                actual[k].Components.Complementarity.ShouldBe(expected[k].Components.Complementarity, 1e-6);
                actual[k].Components.Economic.ShouldBe(expected[k].Components.Economic, 1e-6);
                actual[k].Components.Network.ShouldBe(expected[k].Components.Network, 1e-6);
                actual[k].Components.Concentration.ShouldBe(expected[k].Components.Concentration, 1e-6);
                actual[k].Reason.ShouldBe(expected[k].Reason);
                actual[k].Warning.ShouldBe(expected[k].Warning);
            }
        }
    }

    [Fact]
    public void The_raw_scan_scores_what_the_ranking_keeps()
    {
        var recommender = new Recommender(World);
        var source = World.IndexOf("P7");
        var totals = new double[World.Count];

        var scored = recommender.ScoreAll(source, RankingFilter.None, ScoringWeights.Default, totals);

        scored.ShouldBe(World.Count - 1 - World.Degree(source));
        totals[source].ShouldBe(double.NegativeInfinity);
        var best = recommender.Rank(source, RankingFilter.None, ScoringWeights.Default, 10);
        best.Select(r => totals[r.Index]).ShouldBe(best.Select(r => r.Total));
        totals.Max().ShouldBe(best[0].Total);
    }

    [Fact]
    public void Ranking_many_sources_gives_what_ranking_each_gives()
    {
        var recommender = new Recommender(World);
        int[] sources = [0, 1, 2, 100, 240];

        var batch = recommender.RankMany(sources, RankingFilter.None, ScoringWeights.Default, 15);

        for (var i = 0; i < sources.Length; i++)
        {
            batch[i].ShouldBe(recommender.Rank(sources[i], RankingFilter.None, ScoringWeights.Default, 15));
        }
    }

    [Fact]
    public void The_index_of_many_places_stays_small()
    {
        World.Count.ShouldBe(2_000);
        (World.EstimatedBytes / World.Count).ShouldBeLessThan(600);
    }

    private static RankingFilter Filter(string name) => name switch
    {
        "domestic" => new RankingFilter(PlaceScope.Domestic),
        "international" => new RankingFilter(PlaceScope.International),
        "countries" => new RankingFilter(countries: ["JP", "US"]),
        "population" => new RankingFilter(minPopulation: 20_000, maxPopulation: 1_000_000),
        _ => RankingFilter.None,
    };
}

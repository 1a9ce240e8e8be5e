using Gyoryu.Domain.Discovery.Scoring;
using static Gyoryu.Domain.Tests.Discovery.Scoring.ScoringFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Scoring;

/// <summary>The fast paths (the pruned scan, the parallel batch) must return exactly what the plain computation gives.</summary>
public sealed class RecommenderSpeedupTests
{
    private static readonly PlaceIndex World = RandomIndex(3_000, seed: 20251122);

    public static TheoryData<string> WeightSets => ["default", "similarity", "complementarity", "economic", "network", "heavy-penalty", "no-penalty"];

    [Theory]
    [MemberData(nameof(WeightSets))]
    public void Skipping_hopeless_candidates_never_changes_the_ranking(string weightSet)
    {
        var weights = Weights(weightSet);
        var recommender = new Recommender(World);
        var totals = new double[World.Count];
        foreach (var filter in new[] { RankingFilter.None, new RankingFilter(PlaceScope.International), new RankingFilter(minPopulation: 50_000) })
        {
            foreach (var source in new[] { 0, 3, 17, 99, 200, 374, 1_000, 2_999 })
            {
                recommender.ScoreAll(source, filter, weights, totals);
                var expected = Enumerable.Range(0, World.Count)
                    .Where(c => totals[c] != double.NegativeInfinity)
                    .OrderByDescending(c => totals[c])
                    .ThenBy(c => c)
                    .Take(40)
                    .ToList();

                var ranked = recommender.Rank(source, filter, weights, 40);

                ranked.Select(r => r.Index).ShouldBe(expected, $"{source} / {weightSet}");
                ranked.Select(r => r.Total).ShouldBe(expected.Select(c => totals[c]));
            }
        }
    }

    [Fact]
    public void A_parallel_batch_returns_exactly_what_ranking_each_source_alone_returns()
    {
        var recommender = new Recommender(World);
        var sources = Enumerable.Range(0, World.Count / 8).ToArray();
        var filter = new RankingFilter(PlaceScope.International);

        var parallel = recommender.RankMany(sources, filter, ScoringWeights.Default, 25, maxDegreeOfParallelism: 4);
        var sequential = recommender.RankMany(sources, filter, ScoringWeights.Default, 25, maxDegreeOfParallelism: 1);

        parallel.Count.ShouldBe(sources.Length);
        for (var i = 0; i < sources.Length; i++)
        {
            var alone = recommender.Rank(sources[i], filter, ScoringWeights.Default, 25);
            parallel[i].ShouldBe(alone, $"source {sources[i]}");
            sequential[i].ShouldBe(alone, $"source {sources[i]}");
        }
    }

    [Fact]
    public void Equal_totals_are_ranked_by_place_order_whatever_the_batch_size()
    {
        var twins = Enumerable.Range(0, 40).Select(i => Foreign($"twin-{i:00}")).ToList();
        var index = Index([Korean("source"), .. twins, Korean("other-source", region: "부산광역시", lat: 35.1, lng: 129)]);
        var recommender = new Recommender(index);

        foreach (var top in new[] { 1, 5, 16, 39, 40, 100 })
        {
            var ranked = recommender.Rank("source", new RankingFilter(PlaceScope.International), ScoringWeights.Default, top);

            ranked.Select(r => r.Total).Distinct().Count().ShouldBe(1);
            ranked.Ids().ShouldBe(twins.Take(top).Select(t => t.Id));
        }

        var batch = recommender.RankMany([0, 41, 0, 41], new RankingFilter(PlaceScope.International), ScoringWeights.Default, 7);
        batch.ShouldAllBe(results => results.Select(r => r.PlaceId).SequenceEqual(twins.Take(7).Select(t => t.Id)));
    }

    [Fact]
    public void Mask_bits_beyond_the_defined_codes_still_count_when_candidates_are_skipped()
    {
        var undefinedIndustry = 1UL << 40;
        var decoys = Enumerable.Range(0, 30).Select(i => Foreign($"decoy-{i:00}", tags: GoalTags.Mask(GoalTag.Tourism, GoalTag.Youth, GoalTag.Sports)));
        var index = Index([Korean("source", tags: GoalTags.Mask(GoalTag.Tourism), industries: undefinedIndustry), .. decoys, Foreign("shares-the-undefined-bit", industries: undefinedIndustry)]);

        var best = new Recommender(index).Rank("source", RankingFilter.None, Only("similarity"), 1).Single();

        best.PlaceId.ShouldBe("shares-the-undefined-bit");
        best.PlaceId.ShouldBe(new LinqRecommender(index).Rank("source", RankingFilter.None, Only("similarity"), 1).Single().PlaceId);
    }

    [Fact]
    public void A_batch_with_an_unknown_source_is_refused_before_any_work()
    {
        var recommender = new Recommender(World);

        Should.Throw<Gyoryu.Domain.Common.DomainRuleException>(() => recommender.RankMany([0, World.Count], RankingFilter.None, ScoringWeights.Default, 5))
            .Rule.ShouldBe("scoring.unknown-place");
    }

    private static ScoringWeights Weights(string name) => name switch
    {
        "default" => ScoringWeights.Default,
        "heavy-penalty" => new ScoringWeights(0.3, 0.25, 0.2, 0.25, 1),
        "no-penalty" => new ScoringWeights(0.5, 0.1, 0.1, 0.3, 0),
        _ => Only(name),
    };
}

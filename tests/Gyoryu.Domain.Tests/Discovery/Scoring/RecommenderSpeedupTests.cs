using Gyoryu.Domain.Discovery.Scoring;
using static Gyoryu.Domain.Tests.Discovery.Scoring.ScoringFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Scoring;

/// <summary>The fast paths (the pruned scan, the parallel batch) must return exactly what the plain computation gives.</summary>
public sealed class RecommenderSpeedupTests
{
    private static readonly PlaceIndex World = RandomIndex(3_000, seed: 20251122);

    /// <summary>Foreign cities twinned with each other too, by preferential attachment: hubs in every country, long two-step walks.</summary>
    private static readonly PlaceIndex HubWorld = WorldWithHubs(2_400, seed: 20261201);

    public static TheoryData<string> WeightSets =>
        ["default", "fitted-after-import", "network-with-penalty", "similarity", "complementarity", "economic", "network", "heavy-penalty", "no-penalty"];

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

    [Theory]
    [MemberData(nameof(WeightSets))]
    public void Skipping_hopeless_candidates_never_changes_the_ranking_among_popular_places_and_two_step_walks(string weightSet)
    {
        var weights = Weights(weightSet);
        var recommender = new Recommender(HubWorld);
        var totals = new double[HubWorld.Count];
        var lonely = Enumerable.Range(0, HubWorld.Count / 8).First(s => HubWorld.Degree(s) == 0);
        var busiest = Enumerable.Range(0, HubWorld.Count / 8).MaxBy(HubWorld.Degree);
        foreach (var filter in new[] { RankingFilter.None, new RankingFilter(PlaceScope.International), new RankingFilter(minPopulation: 50_000) })
        {
            foreach (var source in new[] { 1, 7, 42, 150, 299, lonely, busiest, 1_500, 2_399 })
            {
                recommender.ScoreAll(source, filter, weights, totals);
                var expected = Enumerable.Range(0, HubWorld.Count)
                    .Where(c => totals[c] != double.NegativeInfinity)
                    .OrderByDescending(c => totals[c])
                    .ThenBy(c => c)
                    .Take(30)
                    .ToList();

                var ranked = recommender.Rank(source, filter, weights, 30);

                ranked.Select(r => r.Index).ShouldBe(expected, $"{source} / {weightSet}");
                ranked.Select(r => r.Total).ShouldBe(expected.Select(c => totals[c]));
            }
        }
    }

    [Fact]
    public void The_hub_world_holds_popular_places_sharing_nothing_with_a_source_and_places_reached_only_by_a_two_step_walk()
    {
        var source = 7;
        var partners = HubWorld.Neighbours(source).ToArray().ToHashSet();
        var twoStep = partners.SelectMany(p => HubWorld.Neighbours(p).ToArray()).Where(z => z != source).ToHashSet();
        var candidates = Enumerable.Range(0, HubWorld.Count).Where(c => c != source && !partners.Contains(c)).ToList();

        candidates.ShouldContain(c => HubWorld.Degree(c) >= 10 && !HubWorld.Neighbours(c).ToArray().Any(z => partners.Contains(z) || twoStep.Contains(z)));
        candidates.ShouldContain(c => !HubWorld.Neighbours(c).ToArray().Any(partners.Contains) && HubWorld.Neighbours(c).ToArray().Any(twoStep.Contains));
    }

    [Fact]
    public void A_popular_place_sharing_no_partner_still_outranks_an_unconnected_one_when_only_the_network_counts()
    {
        var fans = Enumerable.Range(0, 12).Select(i => Foreign($"fan-{i:00}", country: "US", lat: 40 + (i * 0.1), lng: -100)).ToList();
        var index = Index(
            [Korean("source"), Foreign("lonely", lat: 34.7, lng: 135.5), Foreign("popular", lat: 34.7, lng: 135.5), .. fans],
            [.. fans.Select(f => ("popular", f.Id))]);

        var ranked = new Recommender(index).Rank("source", RankingFilter.None, Only("network"), 3);
        var twin = new LinqRecommender(index).Rank("source", RankingFilter.None, Only("network"), 3);

        ranked.Ids().Take(2).ShouldBe(["popular", "lonely"]);
        ranked[1].Components.Network.ShouldBeGreaterThan(0);
        ranked.Ids().ShouldBe(twin.Ids());
        ranked.Select(r => r.Total).ShouldBe(twin.Select(r => r.Total), tolerance: 1e-12);
    }

    [Fact]
    public void A_place_reached_only_by_a_two_step_walk_is_not_dismissed_by_its_countrys_bound()
    {
        // Chinese decoys tied to other Korean governments carry a far stronger country prior than Japan, where the walk ends.
        var decoys = Enumerable.Range(0, 10).Select(i => Foreign($"cn-{i:00}", country: "CN", region: "Shanghai", lat: 31.2, lng: 121.5)).ToList();
        var koreans = Enumerable.Range(0, 10).Select(i => Korean($"k-{i:00}", region: "부산광역시", lat: 35.1, lng: 129)).ToList();
        var index = Index(
            [Korean("source"), .. decoys, .. koreans, Foreign("partner", country: "US", lat: 40, lng: -100), Foreign("partner-of-partner", country: "DE", lat: 50, lng: 8), Foreign("reached-by-walk")],
            [("source", "partner"), ("partner", "partner-of-partner"), ("partner-of-partner", "reached-by-walk"), .. decoys.Zip(koreans, (d, k) => (d.Id, k.Id))]);
        var international = new RankingFilter(PlaceScope.International);

        foreach (var weights in new[] { Only("network"), ScoringWeights.Default, Weights("fitted-after-import") })
        {
            var ranked = new Recommender(index).Rank("source", international, weights, 2);

            ranked.Ids().ShouldBe(["partner-of-partner", "reached-by-walk"], ignoreOrder: true);
            ranked.Ids().ShouldBe(new LinqRecommender(index).Rank("source", international, weights, 2).Ids());
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
        "fitted-after-import" => new ScoringWeights(0.2, 0.25, 0, 0.6, 0),
        "network-with-penalty" => new ScoringWeights(0.2, 0.25, 0, 0.6, 0.5),
        _ => Only(name),
    };

    private static PlaceIndex WorldWithHubs(int places, int seed)
    {
        var random = new Random(seed);
        string[] countries = ["JP", "CN", "US", "DE", "VN", "FR"];
        var koreans = places / 8;
        var records = new List<PlaceRecord>(places);
        for (var i = 0; i < places; i++)
        {
            var korean = i < koreans;
            var country = korean ? "KR" : countries[random.Next(countries.Length)];
            records.Add(new PlaceRecord(
                $"H{i}",
                korean ? PlaceKind.Korean : PlaceKind.Foreign,
                country,
                korean ? $"도{random.Next(17)}" : $"{country}-{random.Next(6)}",
                (long)Math.Exp((random.NextDouble() * 12) + 4),
                korean ? 34 + (random.NextDouble() * 4) : -40 + (random.NextDouble() * 100),
                korean ? 126 + (random.NextDouble() * 4) : -120 + (random.NextDouble() * 280),
                1UL << random.Next(Industries.Count),
                1UL << random.Next(GoalTags.Count),
                random.Next(3) == 0 ? "관광 항만 축제" : null));
        }

        // Each new tie's far end is an end of an earlier tie half of the time, so a few places gather many partners.
        var ends = new List<int>();
        var ties = new HashSet<(int, int)>();
        for (var k = 0; k < places * 2; k++)
        {
            var a = random.Next(places);
            var b = ends.Count > 0 && random.Next(2) == 0 ? ends[random.Next(ends.Count)] : random.Next(places);
            if (a != b && ties.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                ends.Add(a);
                ends.Add(b);
            }
        }

        return PlaceIndex.Build(records, ties.Select(t => new PlaceTie($"H{t.Item1}", $"H{t.Item2}")), CountryNames);
    }
}

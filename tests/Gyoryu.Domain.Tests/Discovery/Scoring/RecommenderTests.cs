using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Domain.Partnerships;
using static Gyoryu.Domain.Discovery.Scoring.Industry;
using static Gyoryu.Domain.Tests.Discovery.Scoring.ScoringFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Scoring;

public sealed class RecommenderTests
{
    [Fact]
    public void A_semiconductor_city_ranks_a_battery_city_above_a_steel_city()
    {
        var index = Index(
        [
            Korean("source", industries: Industries.Mask(Semiconductors)),
            Foreign("steel", industries: Industries.Mask(Steel)),
            Foreign("battery", industries: Industries.Mask(SecondaryBatteries)),
        ]);

        var results = new Recommender(index).Rank("source", RankingFilter.None, ScoringWeights.Default, 10);

        results.Ids().ShouldBe(["battery", "steel"]);
        results[0].Components.Complementarity.ShouldBe(0.9, 1e-6);
        results[1].Components.Complementarity.ShouldBe(0);
    }

    [Fact]
    public void Sharing_an_industry_counts_as_similarity_not_complementarity()
    {
        var index = Index(
        [
            Korean("source", industries: Industries.Mask(Semiconductors)),
            Foreign("twin", industries: Industries.Mask(Semiconductors)),
        ]);

        var twin = new Recommender(index).Rank("source", RankingFilter.None, ScoringWeights.Default, 1).Single();

        twin.Components.Complementarity.ShouldBe(0);
        twin.Components.Similarity.ShouldBe(1, 1e-9);
    }

    [Fact]
    public void An_already_partnered_place_never_appears()
    {
        var index = Index(
            [
                Korean("source", industries: Industries.Mask(Semiconductors)),
                Foreign("partner", industries: Industries.Mask(SecondaryBatteries)),
                Foreign("other", industries: Industries.Mask(Steel)),
            ],
            ("partner", "source"));

        foreach (var ranker in Rankers(index))
        {
            var ids = ranker.Rank("source", RankingFilter.None, ScoringWeights.Default, 10).Ids();
            ids.ShouldBe(["other"], ranker.Name);
        }
    }

    [Fact]
    public void Goal_text_ranks_canal_cities_above_unrelated_ones()
    {
        var index = Index(
        [
            Korean("gimpo", text: "수로도시 김포의 수변 관광 활성화"),
            Foreign("unrelated-1", text: "스마트 농업과 식량 안보"),
            Foreign("canal", text: "운하와 수로를 살린 도시"),
            Foreign("unrelated-2", text: "반도체 클러스터 조성"),
        ]);

        var results = new Recommender(index).Rank("gimpo", RankingFilter.None, Only("similarity"), 3);

        results[0].PlaceId.ShouldBe("canal");
        results[0].Components.Similarity.ShouldBeGreaterThan(0);
        results.Skip(1).ShouldAllBe(r => r.Components.Similarity == 0);
        results[0].Reason.ShouldBe("발전목표 문구 유사");
    }

    [Fact]
    public void Shared_goal_tags_are_named_in_the_reason()
    {
        var waterfront = GoalTags.Mask(GoalTag.Waterfront, GoalTag.Tourism);
        var index = Index([Korean("gimpo", tags: waterfront), Foreign("amsterdam", tags: waterfront), Foreign("none")]);

        var best = new Recommender(index).Rank("gimpo", RankingFilter.None, Only("similarity"), 2)[0];

        best.PlaceId.ShouldBe("amsterdam");
        best.Reason.ShouldBe("발전목표 공유(관광·수변·수로도시)");
    }

    [Fact]
    public void A_common_partner_raises_a_candidate()
    {
        var index = Index(
            [Korean("source"), Foreign("a-stranger"), Foreign("friend-of-friend"), Foreign("shared-partner", country: "CN", region: "Shandong", lat: 36, lng: 120)],
            ("source", "shared-partner"),
            ("friend-of-friend", "shared-partner"));

        var results = new Recommender(index).Rank("source", RankingFilter.None, ScoringWeights.Default, 10);

        results.Ids().ShouldBe(["friend-of-friend", "a-stranger"]);
        results[0].Components.Network.ShouldBeGreaterThan(results[1].Components.Network);
    }

    [Fact]
    public void Partners_of_similar_governments_raise_a_candidate()
    {
        var tags = GoalTags.Mask(GoalTag.SmartCity, GoalTag.Youth);
        var index = Index(
            [Korean("source", tags: tags), Korean("peer", region: "충청남도", lat: 36.5, lng: 127, tags: tags), Foreign("peer-partner"), Foreign("other")],
            ("peer", "peer-partner"));

        var results = new Recommender(index).Rank("source", new RankingFilter(PlaceScope.International), Only("network"), 10);

        results.Ids().ShouldBe(["peer-partner", "other"]);
        results[0].Reason.ShouldBe("유사 지자체 1곳의 협력 도시");
    }

    [Fact]
    public void Scope_keeps_domestic_or_international_candidates_only()
    {
        var index = Index([Korean("source"), Korean("busan", region: "부산광역시", lat: 35.1, lng: 129), Foreign("osaka"), Foreign("austin", country: "US", region: "Texas", lat: 30.3, lng: -97.7)]);
        var recommender = new Recommender(index);

        recommender.Rank("source", new RankingFilter(PlaceScope.Domestic), ScoringWeights.Default, 10).Ids().ShouldBe(["busan"]);
        recommender.Rank("source", new RankingFilter(PlaceScope.International), ScoringWeights.Default, 10).Ids().ShouldBe(["osaka", "austin"], ignoreOrder: true);
        recommender.Rank("source", RankingFilter.None, ScoringWeights.Default, 10).Count.ShouldBe(3);
    }

    [Fact]
    public void A_country_list_keeps_those_countries_only()
    {
        var index = Index([Korean("source"), Foreign("osaka"), Foreign("austin", country: "US", region: "Texas"), Foreign("hamburg", country: "DE", region: "Hamburg")]);

        var ids = new Recommender(index).Rank("source", new RankingFilter(countries: ["us", "DE"]), ScoringWeights.Default, 10).Ids();

        ids.ShouldBe(["austin", "hamburg"], ignoreOrder: true);
    }

    [Fact]
    public void A_field_keeps_places_whose_industries_or_goals_suit_it_in_every_ranker()
    {
        var index = Index(
        [
            Korean("source"),
            Foreign("resort", industries: Industries.Mask(Tourism)),
            Foreign("heritage-town", tags: GoalTags.Mask(GoalTag.Heritage)),
            Foreign("steel-town", industries: Industries.Mask(Steel)),
            Foreign("unknown"),
        ]);
        var filter = new RankingFilter(fields: ExchangeFields.Tourism);

        new Recommender(index).Rank("source", filter, ScoringWeights.Default, 10).Ids().ShouldBe(["resort", "heritage-town"], ignoreOrder: true);
        new LinqRecommender(index).Rank("source", filter, ScoringWeights.Default, 10).Ids().ShouldBe(["resort", "heritage-town"], ignoreOrder: true);
        new DegreeRanker(index).Rank("source", filter, ScoringWeights.Default, 10).Ids().ShouldBe(["resort", "heritage-town"], ignoreOrder: true);
    }

    [Fact]
    public void Administration_and_people_exchange_suit_every_place()
    {
        var index = Index([Korean("source"), Foreign("resort", industries: Industries.Mask(Tourism)), Foreign("unknown")]);

        var filter = new RankingFilter(fields: ExchangeFields.Administration | ExchangeFields.People);

        filter.SelectsByField.ShouldBeFalse();
        new Recommender(index).Rank("source", filter, ScoringWeights.Default, 10).Ids().ShouldBe(["resort", "unknown"], ignoreOrder: true);
    }

    [Fact]
    public void A_population_range_keeps_places_within_it()
    {
        var index = Index([Korean("source"), Foreign("village", population: 5_000), Foreign("town", population: 80_000), Foreign("city", population: 2_000_000)]);

        var ids = new Recommender(index).Rank("source", new RankingFilter(minPopulation: 10_000, maxPopulation: 100_000), ScoringWeights.Default, 10).Ids();

        ids.ShouldBe(["town"]);
    }

    [Fact]
    public void An_inverted_population_range_is_refused()
    {
        var refusal = Should.Throw<DomainRuleException>(() => new RankingFilter(minPopulation: 100, maxPopulation: 10));

        refusal.Field.ShouldBe("MaxPopulation");
    }

    [Fact]
    public void The_reason_names_the_strongest_component_in_korean()
    {
        var index = Index(
        [
            Korean("source", industries: Industries.Mask(Semiconductors)),
            Foreign("battery", industries: Industries.Mask(SecondaryBatteries)),
        ]);

        var best = new Recommender(index).Rank("source", RankingFilter.None, Only("complementarity"), 1).Single();

        best.Reason.ShouldBe("반도체–이차전지 산업 보완");
    }

    [Fact]
    public void The_reason_adds_a_second_component_when_it_is_nearly_as_strong()
    {
        var index = Index(
            [
                Korean("source", industries: Industries.Mask(Semiconductors)),
                Foreign("battery", industries: Industries.Mask(SecondaryBatteries)),
                Foreign("shared-partner", region: "Kyoto"),
            ],
            ("source", "shared-partner"),
            ("battery", "shared-partner"));

        var best = new Recommender(index).Rank("source", RankingFilter.None, new ScoringWeights(0, 0.6, 0, 1, 0), 1).Single();

        best.Reason.ShouldBe("반도체–이차전지 산업 보완, 협력 도시의 협력 도시 1곳");
    }

    [Fact]
    public void Many_ties_in_one_country_bring_a_warning_and_a_penalty()
    {
        var japanese = Enumerable.Range(1, 5).Select(i => Foreign($"jp{i}", region: $"Pref{i}")).ToList();
        var index = Index(
            [Korean("source"), .. japanese, Foreign("jp-next", region: "Pref9"), Foreign("hamburg", country: "DE", region: "Hamburg", lat: 53.5, lng: 10)],
            japanese.Select(p => ("source", p.Id)).ToArray());

        var results = new Recommender(index).Rank("source", RankingFilter.None, ScoringWeights.Default, 10);

        var japan = results.Single(r => r.PlaceId == "jp-next");
        japan.Warning.ShouldNotBeNull();
        japan.Warning.Scope.ShouldBe(ConcentrationScope.Country);
        japan.Warning.ExistingTies.ShouldBe(5);
        japan.Warning.Korean.ShouldBe("이미 일본에 교류 도시 5곳(100%)이 있어 한 국가에 집중됩니다.");
        japan.Components.Concentration.ShouldBe(1, 1e-6);
        var germany = results.Single(r => r.PlaceId == "hamburg");
        germany.Warning.ShouldBeNull();
        germany.Components.Concentration.ShouldBe(0);
    }

    [Fact]
    public void Many_ties_in_one_province_bring_a_region_warning()
    {
        var index = Index(
            [Korean("source"), Korean("g1"), Korean("g2"), Korean("g3"), Foreign("osaka"), Korean("g4"), Korean("jeju", region: "제주특별자치도", lat: 33.5, lng: 126.5)],
            ("source", "g1"), ("source", "g2"), ("source", "g3"), ("source", "osaka"));

        var results = new Recommender(index).Rank("source", new RankingFilter(PlaceScope.Domestic), ScoringWeights.Default, 10);

        var gyeonggi = results.Single(r => r.PlaceId == "g4").Warning;
        gyeonggi.ShouldNotBeNull();
        gyeonggi.Scope.ShouldBe(ConcentrationScope.Region);
        gyeonggi.Korean.ShouldBe("이미 경기도에 교류 도시 3곳(75%)이 있어 한 지역에 집중됩니다.");
        results.Single(r => r.PlaceId == "jeju").Warning.ShouldBeNull();
    }

    [Fact]
    public void A_nearer_domestic_partner_has_more_economic_potential()
    {
        var index = Index([Korean("gimpo"), Korean("busan", region: "부산광역시", lat: 35.1, lng: 129), Korean("incheon", region: "인천광역시", lat: 37.45, lng: 126.7)]);

        var results = new Recommender(index).Rank("gimpo", RankingFilter.None, Only("economic"), 2);

        results.Ids().ShouldBe(["incheon", "busan"]);
        results[0].Reason.ShouldStartWith("경제협력 여건 양호(인구 30만, 거리 ");
    }

    [Fact]
    public void Only_the_best_candidates_are_kept_best_first()
    {
        var index = RandomIndex(500, seed: 7);

        var results = new Recommender(index).Rank("P3", RankingFilter.None, ScoringWeights.Default, 5);

        results.Count.ShouldBe(5);
        results.Select(r => r.Rank).ShouldBe([1, 2, 3, 4, 5]);
        results.Select(r => r.Total).ShouldBeInOrder(SortDirection.Descending);
        results.ShouldAllBe(r => r.Total >= 0 && r.Total <= 1);
    }

    [Fact]
    public void Asking_for_no_candidates_is_refused()
    {
        var index = Index([Korean("source"), Foreign("osaka")]);

        Should.Throw<DomainRuleException>(() => new Recommender(index).Rank("source", RankingFilter.None, ScoringWeights.Default, 0)).Field.ShouldBe("top");
    }

    [Fact]
    public void An_unknown_source_is_refused()
    {
        var index = Index([Korean("source")]);

        Should.Throw<DomainRuleException>(() => new Recommender(index).Rank("nowhere", RankingFilter.None, ScoringWeights.Default, 3)).Rule.ShouldBe("scoring.unknown-place");
    }

    private static ICandidateRanker[] Rankers(PlaceIndex index) =>
        [new Recommender(index), new LinqRecommender(index), new RandomRanker(index), new DegreeRanker(index), new CountryPriorDegreeRanker(index), new CommonNeighboursRanker(index)];
}

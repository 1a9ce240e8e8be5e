using Gyoryu.Domain.Discovery.Scoring;
using static Gyoryu.Domain.Tests.Discovery.Scoring.ScoringFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Scoring;

public sealed class NetworkEvidenceTests
{
    [Fact]
    public void A_partner_of_a_place_sharing_a_partner_with_the_source_ranks_above_an_unconnected_place()
    {
        // source and like share the partner; like's other partner is the candidate the network points to.
        var index = Index(
            [Korean("source"), Foreign("partner"), Foreign("like", country: "CN", region: "Jilin"), Foreign("unconnected"), Foreign("candidate")],
            ("source", "partner"), ("like", "partner"), ("like", "candidate"));

        var results = new Recommender(index).Rank("source", RankingFilter.None, Only("network"), 3);

        results.Ids().ShouldBe(["candidate", "like", "unconnected"]);
        results[0].Reason.ShouldBe("협력 도시를 공유하는 도시 1곳의 협력 도시");
        results[1].Reason.ShouldBe("협력 도시의 협력 도시 1곳");
    }

    [Fact]
    public void Of_two_otherwise_equal_places_the_one_with_more_partners_ranks_first()
    {
        var index = Index(
            [Korean("source"), Foreign("quiet"), Foreign("popular"), Foreign("a", country: "US", region: "Ohio"), Foreign("b", country: "US", region: "Ohio")],
            ("popular", "a"), ("popular", "b"), ("quiet", "a"));

        var results = new Recommender(index).Rank("source", new RankingFilter(countries: ["JP"]), Only("network"), 2);

        results.Ids().ShouldBe(["popular", "quiet"]);
        results[0].Components.Network.ShouldBeGreaterThan(results[1].Components.Network);
    }

    [Fact]
    public void Of_two_otherwise_equal_places_the_nearer_ranks_first()
    {
        var index = Index([Korean("source", lat: 37.5, lng: 127), Foreign("far", lat: 43, lng: 141.3), Foreign("near", lat: 33.6, lng: 130.4)]);

        var results = new Recommender(index).Rank("source", RankingFilter.None, Only("network"), 2);

        results.Ids().ShouldBe(["near", "far"]);
    }

    [Fact]
    public void Countries_the_source_country_twins_with_more_rank_first()
    {
        var index = Index(
            [Korean("source"), Korean("other"), Foreign("japanese"), Foreign("chinese", country: "CN", region: "Jilin", lat: 34.7, lng: 135.5), Foreign("jp-partner"), Foreign("jp-partner-2")],
            ("other", "jp-partner"), ("other", "jp-partner-2"));

        var results = new Recommender(index).Rank("source", new RankingFilter(countries: ["JP", "CN"]), Only("network"), 10);

        results.Ids().ShouldBe(["jp-partner", "jp-partner-2", "japanese", "chinese"]);
        results[2].Reason.ShouldBe("한국–일본 결연 활발");
    }
}

using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Scoring;
using static Gyoryu.Domain.Discovery.Scoring.Industry;
using static Gyoryu.Domain.Tests.Discovery.Scoring.ScoringFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Scoring;

public sealed class ScoringInputsTests
{
    [Theory]
    [InlineData(1.5, 0.2, 0.2, 0.2, 0.1, "Similarity")]
    [InlineData(0.3, -0.1, 0.2, 0.2, 0.1, "Complementarity")]
    [InlineData(0.3, 0.2, double.NaN, 0.2, 0.1, "Economic")]
    [InlineData(0.3, 0.2, 0.2, 2, 0.1, "Network")]
    [InlineData(0.3, 0.2, 0.2, 0.2, 1.01, "Concentration")]
    public void A_weight_outside_zero_to_one_is_refused_naming_the_field(double s, double c, double e, double n, double k, string field)
    {
        var refusal = Should.Throw<DomainRuleException>(() => new ScoringWeights(s, c, e, n, k));

        refusal.Rule.ShouldBe("scoring.weight-out-of-range");
        refusal.Field.ShouldBe(field);
        refusal.Korean.ShouldContain("0에서 1 사이");
        refusal.English.ShouldContain(field);
    }

    [Fact]
    public void Weights_that_are_all_zero_are_refused()
    {
        Should.Throw<DomainRuleException>(() => new ScoringWeights(0, 0, 0, 0, 0.5)).Rule.ShouldBe("scoring.weights-all-zero");
    }

    [Fact]
    public void Weights_at_the_bounds_are_accepted()
    {
        var weights = new ScoringWeights(1, 0, 1, 0, 1);

        weights.Combine(1, 1, 1, 1, 0).ShouldBe(1);
        weights.Combine(1, 0, 1, 0, 0.5).ShouldBe(0.5);
        weights.Combine(0, 0, 0, 0, 1).ShouldBe(0);
    }

    [Fact]
    public void The_default_matrix_is_symmetric_with_an_empty_diagonal()
    {
        var matrix = ComplementarityMatrix.Default;

        foreach (var a in Industries.All)
        {
            matrix.Weight(a, a).ShouldBe(0);
            foreach (var b in Industries.All)
            {
                matrix.Weight(a, b).ShouldBe(matrix.Weight(b, a));
                matrix.Weight(a, b).ShouldBeInRange(0, 1);
            }
        }

        matrix.Weight(Semiconductors, SecondaryBatteries).ShouldBeGreaterThan(matrix.Weight(Semiconductors, Steel));
        matrix.Weight(Waterways, Tourism).ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void Overriding_an_entry_changes_both_directions_and_leaves_the_default_alone()
    {
        var tuned = ComplementarityMatrix.Default.With(Steel, Fisheries, 0.7);

        tuned.Weight(Fisheries, Steel).ShouldBe(0.7, 1e-6);
        ComplementarityMatrix.Default.Weight(Steel, Fisheries).ShouldBe(0);
    }

    [Fact]
    public void An_overridden_matrix_changes_the_ranking()
    {
        var index = Index([Korean("source", industries: Industries.Mask(Steel)), Foreign("port", industries: Industries.Mask(Fisheries)), Foreign("shipyard", industries: Industries.Mask(Shipbuilding))]);
        var tuned = ComplementarityMatrix.Default.With(Steel, Fisheries, 1);

        new Recommender(index).Rank("source", RankingFilter.None, Only("complementarity"), 1)[0].PlaceId.ShouldBe("shipyard");
        new Recommender(index, tuned).Rank("source", RankingFilter.None, Only("complementarity"), 1)[0].PlaceId.ShouldBe("port");
    }

    [Fact]
    public void A_matrix_entry_outside_zero_to_one_or_on_the_diagonal_is_refused()
    {
        Should.Throw<DomainRuleException>(() => ComplementarityMatrix.Default.With(Steel, Ict, 1.2)).Field.ShouldBe("weight");
        Should.Throw<DomainRuleException>(() => ComplementarityMatrix.Default.With(Steel, Steel, 0.5)).Rule.ShouldBe("scoring.complementarity-same-industry");
    }

    [Theory]
    [InlineData("수로도시를 만들자", "수로")]
    [InlineData("김포시는 한강과 접한다", "김포")]
    [InlineData("운하로", "운하")]
    [InlineData("해양으로 나아가는", "해양")]
    [InlineData("Smart-City 2030", "smart")]
    [InlineData("AI반도체", "반도체")]
    public void Goal_text_tokens_drop_particles_and_city_suffixes(string text, string token)
    {
        GoalText.Tokens(text).ShouldContain(token);
    }

    [Fact]
    public void Long_hangul_words_are_also_cut_into_bigrams()
    {
        GoalText.Tokens("스마트시티").ShouldBe(["스마트시티", "스마", "마트", "트시", "시티"]);
    }

    [Fact]
    public void Labels_exist_in_korean_and_english_for_every_code()
    {
        Industries.All.Count.ShouldBe(Industries.Count);
        Industries.All.ShouldAllBe(i => i.Korean().Length > 0 && i.English().Length > 0);
        GoalTags.All.ShouldAllBe(t => t.Korean().Length > 0 && t.English().Length > 0);
        Industry.Waterways.Korean().ShouldBe("수변·운하");
        GoalTag.Waterfront.Korean().ShouldBe("수변·수로도시");
        Industries.Mask(Semiconductors, Ict).ShouldBe(1UL | (1UL << 6));
    }

    [Fact]
    public void An_index_refuses_duplicate_ids_and_ties_to_unknown_places()
    {
        Should.Throw<DomainRuleException>(() => Index([Korean("a"), Korean("a")])).Rule.ShouldBe("scoring.duplicate-place");
        Should.Throw<DomainRuleException>(() => Index([Korean("a")], ("a", "b"))).Rule.ShouldBe("scoring.unknown-tie-place");
    }

    [Fact]
    public void Repeated_ties_count_once()
    {
        var index = Index([Korean("a"), Foreign("b")], ("a", "b"), ("b", "a"));

        index.Degree(index.IndexOf("a")).ShouldBe(1);
        index.CountryTies(index.CountryOf(0), index.CountryOf(1)).ShouldBe(1);
    }
}

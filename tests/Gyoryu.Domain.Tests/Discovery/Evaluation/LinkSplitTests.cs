using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Evaluation;
using Gyoryu.Domain.Discovery.Scoring;
using static Gyoryu.Domain.Tests.Discovery.Evaluation.EvaluationFixtures;

namespace Gyoryu.Domain.Tests.Discovery.Evaluation;

public sealed class LinkSplitTests
{
    [Fact]
    public void The_same_seed_hides_the_same_links_whatever_the_order_of_the_ties()
    {
        var (places, ties) = Banded();
        var shuffled = ties.AsEnumerable().Reverse().Select(t => new PlaceTie(t.B, t.A)).ToList();

        var first = LinkSplit.Hide(places, ties, 0.1, seed: 42);
        var again = LinkSplit.Hide(places, shuffled, 0.1, seed: 42);

        again.Hidden.ShouldBe(first.Hidden);
        again.Remaining.ShouldBe(first.Remaining);
    }

    [Fact]
    public void Another_seed_hides_other_links()
    {
        var (places, ties) = Banded();

        LinkSplit.Hide(places, ties, 0.1, seed: 1).Hidden.ShouldNotBe(LinkSplit.Hide(places, ties, 0.1, seed: 2).Hidden);
    }

    [Fact]
    public void The_share_of_distinct_ties_is_hidden_and_the_rest_remains()
    {
        var (places, ties) = Banded();
        var withDuplicate = ties.Append(new PlaceTie(ties[0].B, ties[0].A)).ToList();

        var split = LinkSplit.Hide(places, withDuplicate, 0.1, seed: 7);

        split.DistinctTies.ShouldBe(ties.Count);
        split.Hidden.Count.ShouldBe((int)Math.Round(0.1 * ties.Count));
        (split.Hidden.Count + split.Remaining.Count).ShouldBe(ties.Count);
    }

    [Fact]
    public void Both_ends_of_every_hidden_link_keep_another_tie()
    {
        var (places, ties) = Banded(townsPerCountry: 8);

        var split = LinkSplit.Hide(places, ties, 0.5, seed: 3);

        var remainingDegree = split.Remaining.SelectMany(t => new[] { t.A, t.B }).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        split.Hidden.ShouldNotBeEmpty();
        split.Hidden.ShouldAllBe(l => remainingDegree.ContainsKey(l.Source) && remainingDegree.ContainsKey(l.Target));
    }

    [Fact]
    public void A_place_with_a_single_tie_never_loses_it()
    {
        PlaceRecord[] places = [Place("a"), Place("b"), Place("c"), Place("leaf")];
        PlaceTie[] ties = [new("a", "b"), new("b", "c"), new("a", "c"), new("a", "leaf")];

        for (ulong seed = 0; seed < 20; seed++)
        {
            LinkSplit.Hide(places, ties, 0.9, seed).Hidden.ShouldAllBe(l => l.Source != "leaf" && l.Target != "leaf");
        }
    }

    [Fact]
    public void The_korean_end_of_a_tie_is_its_source()
    {
        var (places, ties) = Banded();

        var split = LinkSplit.Hide(places, ties, 0.3, seed: 11);

        var korean = split.Hidden.Where(l => l.Source.StartsWith("KR", StringComparison.Ordinal) || l.Target.StartsWith("KR", StringComparison.Ordinal)).ToList();
        korean.ShouldNotBeEmpty();
        korean.ShouldAllBe(l => l.Source.StartsWith("KR", StringComparison.Ordinal) && l.SourceIsKorean);
        split.Hidden.Except(korean).ShouldAllBe(l => !l.SourceIsKorean);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.1)]
    public void A_share_outside_zero_to_one_is_refused(double share)
    {
        var (places, ties) = Banded();

        Should.Throw<DomainRuleException>(() => LinkSplit.Hide(places, ties, share, seed: 1)).Rule.ShouldBe("evaluation.share-out-of-range");
    }
}

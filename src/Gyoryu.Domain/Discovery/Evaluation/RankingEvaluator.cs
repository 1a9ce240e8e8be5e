using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Domain.Discovery.Evaluation;

/// <summary>A ranker as the evaluation runs it: the label in the table and the weights it is called with (baselines ignore them).</summary>
public sealed record RankerUnderTest(string Label, ICandidateRanker Ranker, ScoringWeights Weights);

/// <summary>How many of a group's hidden links came back within the top 10, 50 and 100.</summary>
public sealed record GroupRecall(int Links, int FoundAt10, int FoundAt50, int FoundAt100)
{
    public double At10 => Share(FoundAt10);

    public double At50 => Share(FoundAt50);

    public double At100 => Share(FoundAt100);

    /// <summary>Recall at 10, 50 or 100 from the 1-based ranks of the targets, null where a target was not in the top 100.</summary>
    public static GroupRecall Of(IReadOnlyCollection<int?> ranks) =>
        new(ranks.Count, ranks.Count(r => r <= 10), ranks.Count(r => r <= 50), ranks.Count(r => r <= 100));

    public static GroupRecall operator +(GroupRecall a, GroupRecall b) =>
        new(a.Links + b.Links, a.FoundAt10 + b.FoundAt10, a.FoundAt50 + b.FoundAt50, a.FoundAt100 + b.FoundAt100);

    private double Share(int found) => Links == 0 ? 0 : (double)found / Links;
}

/// <summary>One ranker's recall on links from Korean places and on the worldwide sample.</summary>
public sealed record RankerRecall(string Label, GroupRecall Korean, GroupRecall Worldwide, TimeSpan Elapsed)
{
    /// <summary>The same ranker over two sets of links, e.g. two rounds of the evaluation.</summary>
    public static RankerRecall operator +(RankerRecall a, RankerRecall b) => new(a.Label, a.Korean + b.Korean, a.Worldwide + b.Worldwide, a.Elapsed + b.Elapsed);
}

/// <summary>
/// Ranks candidates for the source of each hidden link over the network that remains (no filter; the source's remaining partners are
/// excluded as in the app) and records where the hidden target lands. Links run in parallel, each writing only its own slot, so the
/// result does not depend on thread timing.
/// </summary>
public static class RankingEvaluator
{
    /// <summary>The deepest cut-off reported; each ranking asks for this many candidates.</summary>
    public const int Depth = 100;

    /// <summary>The 1-based rank of each link's target among the candidates for its source, or null when it is not in the top <see cref="Depth"/>.</summary>
    public static int?[] RanksOf(RankerUnderTest ranker, IReadOnlyList<HiddenLink> links, int maxParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(ranker);
        ArgumentNullException.ThrowIfNull(links);
        var ranks = new int?[links.Count];
        Parallel.For(0, links.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var results = ranker.Ranker.Rank(links[i].Source, RankingFilter.None, ranker.Weights, Depth);
            for (var k = 0; k < results.Count; k++)
            {
                if (results[k].PlaceId == links[i].Target)
                {
                    ranks[i] = k + 1;
                    return;
                }
            }
        });
        return ranks;
    }

    /// <summary>Recall of every ranker on both groups; the worldwide sample may include Korean links, each link is ranked once per ranker.</summary>
    public static IReadOnlyList<RankerRecall> Evaluate(
        IReadOnlyList<RankerUnderTest> rankers, IReadOnlyList<HiddenLink> korean, IReadOnlyList<HiddenLink> worldwide, int maxParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(rankers);
        var links = korean.Concat(worldwide).Distinct().ToList();
        var position = links.Select((link, i) => (link, i)).ToDictionary(x => x.link, x => x.i);
        var results = new List<RankerRecall>(rankers.Count);
        foreach (var ranker in rankers)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var ranks = RanksOf(ranker, links, maxParallelism);
            clock.Stop();
            results.Add(new RankerRecall(
                ranker.Label,
                GroupRecall.Of(korean.Select(l => ranks[position[l]]).ToList()),
                GroupRecall.Of(worldwide.Select(l => ranks[position[l]]).ToList()),
                clock.Elapsed));
        }

        return results;
    }
}

using System.Diagnostics;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Domain.Discovery.Evaluation;

/// <param name="ValidationShare">Share of the training ties hidden again to fit on.</param>
/// <param name="Seed">Must differ from the evaluation split's seed so the fit never sees a test link.</param>
/// <param name="WorldwideLinks">Size of the seeded worldwide sample of validation links; links from Korean places are all used.</param>
/// <param name="Start">Where the search starts, and what a component keeps when the network gives it no signal; the current defaults when null.</param>
/// <param name="Step">Grid step of the coordinate search over each weight in 0..1.</param>
public sealed record WeightFitOptions(
    double ValidationShare = 0.1, ulong Seed = 7, int WorldwideLinks = 600, ScoringWeights? Start = null, double Step = 0.05, int MaxSweeps = 4,
    int MaxParallelism = -1);

/// <summary>
/// The fitted weights and what the fit measured on its validation links (recall as estimated by the fitter; the evaluation proper
/// measures it again on links the fit never saw).
/// </summary>
/// <param name="TruncatedLinks">Validation links with more contested candidates than <see cref="WeightFitter.MaxContested"/>, whose recall the fit estimates optimistically.</param>
/// <param name="ComponentsWithoutSignal">Components equal for every candidate of every validation link: the fit cannot learn their weight and keeps the start.</param>
public sealed record WeightFit(
    ScoringWeights Weights,
    ScoringWeights Start,
    int TrainingTies,
    int KoreanLinks,
    int WorldwideLinks,
    GroupRecall StartKorean,
    GroupRecall StartWorldwide,
    GroupRecall FittedKorean,
    GroupRecall FittedWorldwide,
    IReadOnlyList<string> ComponentsWithoutSignal,
    int WeightsTried,
    int TruncatedLinks,
    TimeSpan Elapsed);

/// <summary>
/// Fits <see cref="ScoringWeights"/> on known ties only: hides a validation share of them (its own seed), computes every candidate's
/// components once per validation link, and runs a deterministic coordinate search over a grid of weights that
/// maximises the mean of recall@50 on links from Korean places and on the worldwide sample (recall@10 and @100 break ties).
/// </summary>
public static class WeightFitter
{
    private const int Components = Recommender.ComponentCount;

    private static readonly string[] ComponentNames = ["similarity", "complementarity", "economic", "network", "concentration"];

    public static WeightFit Fit(IReadOnlyList<PlaceRecord> places, IReadOnlyList<PlaceTie> trainingTies, WeightFitOptions? options = null)
    {
        options ??= new WeightFitOptions();
        if (!double.IsFinite(options.Step) || options.Step is <= 0 or > 0.5)
        {
            throw new DomainRuleException("evaluation.step-out-of-range", "격자 간격은 0과 0.5 사이여야 합니다.", "The grid step must be above 0 and at most 0.5.", nameof(options.Step));
        }

        var clock = Stopwatch.StartNew();
        var start = options.Start ?? ScoringWeights.Default;
        var split = LinkSplit.Hide(places, trainingTies, options.ValidationShare, options.Seed);
        var index = PlaceIndex.Build(places, split.Remaining);
        var (korean, worldwide) = ValidationLinks(split, options);
        var links = korean.Concat(worldwide).Distinct().ToList();
        var queries = Prepare(index, links, start, options.MaxParallelism, out var varies);
        var koreanSlots = korean.Select(l => links.IndexOf(l)).ToArray();
        var worldwideSlots = worldwide.Select(l => links.IndexOf(l)).ToArray();

        var tried = 0;
        (GroupRecall Korean, GroupRecall Worldwide, double Objective) Measure(double[] w)
        {
            tried++;
            var ranks = RanksUnder(queries, w, options.MaxParallelism);
            var k = GroupRecall.Of(koreanSlots.Select(s => ranks[s]).ToList());
            var g = GroupRecall.Of(worldwideSlots.Select(s => ranks[s]).ToList());
            return (k, g, Objective(k, g));
        }

        var current = new[] { start.Similarity, start.Complementarity, start.Economic, start.Network, start.Concentration };
        var startMeasure = Measure(current);
        var best = startMeasure;
        var grid = Enumerable.Range(0, (int)Math.Round(1 / options.Step) + 1).Select(i => Math.Min(1, Math.Round(i * options.Step, 10))).ToArray();
        for (var sweep = 0; sweep < options.MaxSweeps; sweep++)
        {
            var moved = false;
            for (var component = 0; component < Components; component++)
            {
                if (!varies[component])
                {
                    continue;
                }

                var keep = current[component];
                var bestValue = keep;
                foreach (var value in grid.OrderBy(v => Math.Abs(v - keep)).ThenBy(v => v))
                {
                    current[component] = value;
                    if (value == keep || current[0] + current[1] + current[2] + current[3] == 0)
                    {
                        continue;
                    }

                    var measured = Measure(current);
                    if (measured.Objective > best.Objective + 1e-12)
                    {
                        best = measured;
                        bestValue = value;
                    }
                }

                current[component] = bestValue;
                moved |= bestValue != keep;
            }

            if (!moved)
            {
                break;
            }
        }

        // Where the objective is flat (a weight that no longer matters once another reached 0), go back as near the start as it allows,
        // so a fit never moves a weight the network says nothing about.
        var starting = new[] { start.Similarity, start.Complementarity, start.Economic, start.Network, start.Concentration };
        for (var component = 0; component < Components; component++)
        {
            var keep = current[component];
            foreach (var value in grid.Where(v => Math.Abs(v - starting[component]) < Math.Abs(keep - starting[component])).OrderBy(v => Math.Abs(v - starting[component])).ThenBy(v => v))
            {
                current[component] = value;
                if (current[0] + current[1] + current[2] + current[3] == 0)
                {
                    continue;
                }

                var measured = Measure(current);
                if (measured.Objective >= best.Objective - 1e-12)
                {
                    best = measured;
                    keep = value;
                    break;
                }
            }

            current[component] = keep;
        }

        clock.Stop();
        return new WeightFit(
            new ScoringWeights(current[0], current[1], current[2], current[3], current[4]),
            start,
            trainingTies.Count,
            korean.Count,
            worldwide.Count,
            startMeasure.Korean,
            startMeasure.Worldwide,
            best.Korean,
            best.Worldwide,
            ComponentNames.Where((_, c) => !varies[c]).ToList(),
            tried,
            queries.Count(q => q.Truncated),
            clock.Elapsed);
    }

    /// <summary>All hidden links from Korean places, and a seeded sample of all hidden links.</summary>
    internal static (IReadOnlyList<HiddenLink> Korean, IReadOnlyList<HiddenLink> Worldwide) ValidationLinks(LinkSplit split, WeightFitOptions options)
    {
        var korean = split.Hidden.Where(l => l.SourceIsKorean).ToList();
        var worldwide = new SeededRandom(options.Seed ^ 0x5DEECE66DUL).Sample(split.Hidden, options.WorldwideLinks);
        return (korean, worldwide);
    }

    private static double Objective(GroupRecall korean, GroupRecall worldwide)
    {
        static double Score(GroupRecall g) => g.At50 + (0.01 * (g.At10 + g.At100));
        return korean.Links == 0 ? Score(worldwide) : (Score(korean) + Score(worldwide)) / 2;
    }

    /// <summary>
    /// One validation link reduced to what ranks it: how many candidates beat the target under any weights, and for the rest the
    /// difference of their components from the target's (concentration negated, since it is subtracted).
    /// </summary>
    private sealed record Query(int AlwaysAbove, float[] Contested, bool[] WinsTies, bool Truncated);

    /// <summary>
    /// Contested candidates kept per validation link. On a large index (many unconnected world cities) tens of thousands may be
    /// contested; beyond this the fit keeps those that beat the target by most under the start weights or in any one component,
    /// which bounds memory (about 200 KB a link) at the cost of an optimistic estimate for those links. The evaluation itself is exact.
    /// </summary>
    public const int MaxContested = 8_192;

    private static Query[] Prepare(PlaceIndex index, List<HiddenLink> links, ScoringWeights start, int maxParallelism, out bool[] varies)
    {
        var recommender = new Recommender(index);
        var queries = new Query[links.Count];
        var variesPerLink = new bool[links.Count][];
        Parallel.For(
            0,
            links.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxParallelism },
            () => new double[index.Count * Components],
            (i, _, all) =>
            {
                var target = index.IndexOf(links[i].Target);
                recommender.ComponentsOfAll(index.IndexOf(links[i].Source), all);
                var t = all.AsSpan(target * Components, Components).ToArray();
                t[4] = -t[4];
                var seen = new bool[Components];
                var above = 0;
                var contested = new List<float>();
                var winsTies = new List<bool>();
                var startScores = new List<double>();
                var bestMargins = new List<double>();
                var positive = start.Similarity + start.Complementarity + start.Economic + start.Network;
                double[] a = [start.Similarity / positive, start.Complementarity / positive, start.Economic / positive, start.Network / positive, start.Concentration];
                Span<double> d = stackalloc double[Components];
                for (var c = 0; c < index.Count; c++)
                {
                    var at = c * Components;
                    if (c == target || double.IsNaN(all[at]))
                    {
                        continue;
                    }

                    bool anyAbove = false, anyBelow = false;
                    for (var k = 0; k < Components; k++)
                    {
                        var value = k == 4 ? -all[at + k] : all[at + k];
                        d[k] = value - t[k];
                        anyAbove |= d[k] > 0;
                        anyBelow |= d[k] < 0;
                        seen[k] |= d[k] != 0;
                    }

                    // Equal scores rank the lower index first, as every ranker does.
                    if (anyAbove && !anyBelow)
                    {
                        above++;
                    }
                    else if (!anyAbove && !anyBelow)
                    {
                        above += c < target ? 1 : 0;
                    }
                    else if (anyAbove)
                    {
                        var startScore = 0.0;
                        var bestMargin = 0.0;
                        for (var k = 0; k < Components; k++)
                        {
                            contested.Add((float)d[k]);
                            startScore += a[k] * d[k];
                            bestMargin = Math.Max(bestMargin, d[k]);
                        }

                        winsTies.Add(c < target);
                        startScores.Add(startScore);
                        bestMargins.Add(bestMargin);
                    }
                }

                queries[i] = above >= RankingEvaluator.Depth ? new Query(above, [], [], false)
                    : winsTies.Count <= MaxContested ? new Query(above, [.. contested], [.. winsTies], false)
                    : Truncate(above, contested, winsTies, startScores, bestMargins);
                variesPerLink[i] = seen;
                return all;
            },
            _ => { });

        varies = Enumerable.Range(0, Components).Select(k => variesPerLink.Any(v => v[k])).ToArray();
        return queries;
    }

    private static Query Truncate(int above, List<float> contested, List<bool> winsTies, List<double> startScores, List<double> bestMargins)
    {
        static IEnumerable<int> Strongest(List<double> keys) =>
            Enumerable.Range(0, keys.Count).OrderByDescending(i => keys[i]).ThenBy(i => i).Take(MaxContested / 2);

        var kept = Strongest(startScores).Union(Strongest(bestMargins)).Order().ToList();
        var vectors = new float[kept.Count * Components];
        for (var j = 0; j < kept.Count; j++)
        {
            contested.CopyTo(kept[j] * Components, vectors, j * Components, Components);
        }

        return new Query(above, vectors, [.. kept.Select(k => winsTies[k])], true);
    }

    private static int?[] RanksUnder(Query[] queries, double[] weights, int maxParallelism)
    {
        var positive = weights[0] + weights[1] + weights[2] + weights[3];
        var a = new[] { weights[0] / positive, weights[1] / positive, weights[2] / positive, weights[3] / positive, weights[4] };
        var ranks = new int?[queries.Length];
        Parallel.For(0, queries.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var q = queries[i];
            var above = q.AlwaysAbove;
            var d = q.Contested;
            for (var c = 0; c < q.WinsTies.Length && above < RankingEvaluator.Depth; c++)
            {
                var at = c * Components;
                var score = (a[0] * d[at]) + (a[1] * d[at + 1]) + (a[2] * d[at + 2]) + (a[3] * d[at + 3]) + (a[4] * d[at + 4]);
                if (score > 0 || (score == 0 && q.WinsTies[c]))
                {
                    above++;
                }
            }

            ranks[i] = above < RankingEvaluator.Depth ? above + 1 : null;
        });
        return ranks;
    }
}

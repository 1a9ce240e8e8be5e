using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Domain.Discovery.Evaluation;

/// <param name="Share">Share of the known ties hidden as test links in each round.</param>
/// <param name="Seed">Round r (0-based) splits with seed + r.</param>
/// <param name="Rounds">Independent splits, each with its own fit; links from Korean places are few (about 50 a round on the worldwide list), so they are pooled over rounds.</param>
/// <param name="WorldwideLinks">Size of the seeded sample of hidden links for the worldwide group, over all rounds (links from Korean places are all used in theirs).</param>
/// <param name="FitWeights">Fit the engine's weights on each round's remaining ties; otherwise the engine runs with <paramref name="Weights"/>.</param>
/// <param name="Weights">The engine's weights when not fitting; otherwise where each fit starts. The current defaults when null.</param>
/// <param name="FitOnAllTies">Also fit on every known tie: the weights the app should use from now on.</param>
public sealed record DiscoveryEvaluationOptions(
    double Share = LinkSplit.DefaultShare,
    ulong Seed = LinkSplit.DefaultSeed,
    int Rounds = 5,
    int WorldwideLinks = 2_000,
    bool FitWeights = true,
    ScoringWeights? Weights = null,
    WeightFitOptions? Fit = null,
    bool FitOnAllTies = true,
    int MaxParallelism = -1);

/// <summary>One split of the evaluation: its seed, its links, the weights fitted on what it left, and recall@50 of the engine and the best baseline.</summary>
public sealed record EvaluationRound(ulong Seed, int HiddenLinks, WeightFit? Fit, ScoringWeights Weights, IReadOnlyList<RankerRecall> Results);

/// <summary>
/// The reproducible evaluation of the recommender: in each round hide a share of the known ties, fit the weights on the rest, and compare
/// the engine's recall with the baselines' on the hidden links; finally fit on every tie for the weights to use.
/// </summary>
public static class DiscoveryEvaluation
{
    public const string EngineLabel = "engine";

    public const string DefaultsLabel = "engine, current default weights";

    public static DiscoveryEvaluationReport Run(IReadOnlyList<PlaceRecord> places, IReadOnlyList<PlaceTie> ties, DiscoveryEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(ties);
        options ??= new DiscoveryEvaluationOptions();
        if (options.Rounds is < 1 or > 20 || options.WorldwideLinks < options.Rounds)
        {
            throw new DomainRuleException(
                "evaluation.rounds-out-of-range", "평가 횟수는 1에서 20 사이이고 세계 표본은 그보다 커야 합니다.",
                "Rounds must be 1 to 20 and the worldwide sample at least one link a round.", nameof(options.Rounds));
        }

        var clock = Stopwatch.StartNew();
        var fitOptions = (options.Fit ?? new WeightFitOptions()) with { Start = options.Weights ?? options.Fit?.Start, MaxParallelism = options.MaxParallelism };
        var rounds = new List<EvaluationRound>(options.Rounds);
        for (var r = 0; r < options.Rounds; r++)
        {
            var perRound = (options.WorldwideLinks / options.Rounds) + (r < options.WorldwideLinks % options.Rounds ? 1 : 0);
            rounds.Add(RunRound(places, ties, options, fitOptions, options.Seed + (ulong)r, perRound));
        }

        var finalFit = options.FitOnAllTies ? WeightFitter.Fit(places, ties, fitOptions) : null;
        var pooled = rounds[0].Results.Select((_, k) => rounds.Skip(1).Aggregate(rounds[0].Results[k], (sum, round) => sum + round.Results[k])).ToList();
        clock.Stop();
        return new DiscoveryEvaluationReport(options, fitOptions, places.Count, ties.Count, rounds, pooled, finalFit, clock.Elapsed);
    }

    /// <summary>The four baselines the issue names, in the order the table shows them.</summary>
    public static IReadOnlyList<ICandidateRanker> Baselines(PlaceIndex index) =>
        [new RandomRanker(index), new DegreeRanker(index), new CountryPriorDegreeRanker(index), new CommonNeighboursRanker(index)];

    private static EvaluationRound RunRound(
        IReadOnlyList<PlaceRecord> places, IReadOnlyList<PlaceTie> ties, DiscoveryEvaluationOptions options, WeightFitOptions fitOptions, ulong seed, int worldwideLinks)
    {
        var split = LinkSplit.Hide(places, ties, options.Share, seed);
        // The fit hides its validation links with a seed of its own, never the round's.
        var fit = options.FitWeights ? WeightFitter.Fit(places, split.Remaining, fitOptions with { Seed = fitOptions.Seed ^ (seed * 0x9E3779B97F4A7C15UL) }) : null;
        var weights = fit?.Weights ?? options.Weights ?? ScoringWeights.Default;
        var index = PlaceIndex.Build(places, split.Remaining);
        var korean = split.Hidden.Where(l => l.SourceIsKorean).ToList();
        var worldwide = new SeededRandom(seed ^ 0x2545F4914F6CDD1DUL).Sample(split.Hidden, worldwideLinks);
        var engine = new Recommender(index);
        List<RankerUnderTest> rankers = [new(EngineLabel, engine, weights), new(DefaultsLabel, engine, ScoringWeights.Default)];
        rankers.AddRange(Baselines(index).Select(b => new RankerUnderTest(b.Name, b, ScoringWeights.Default)));
        return new EvaluationRound(seed, split.Hidden.Count, fit, weights, RankingEvaluator.Evaluate(rankers, korean, worldwide, options.MaxParallelism));
    }
}

public sealed class DiscoveryEvaluationReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal DiscoveryEvaluationReport(
        DiscoveryEvaluationOptions options, WeightFitOptions fitOptions, int places, int ties, IReadOnlyList<EvaluationRound> rounds,
        IReadOnlyList<RankerRecall> results, WeightFit? finalFit, TimeSpan elapsed)
    {
        Options = options;
        FitOptions = fitOptions;
        Places = places;
        Ties = ties;
        Rounds = rounds;
        Results = results;
        FinalFit = finalFit;
        Elapsed = elapsed;
    }

    public DiscoveryEvaluationOptions Options { get; }

    public WeightFitOptions FitOptions { get; }

    public int Places { get; }

    public int Ties { get; }

    public IReadOnlyList<EvaluationRound> Rounds { get; }

    /// <summary>Pooled over the rounds: the engine, the engine with the current default weights, then the baselines.</summary>
    public IReadOnlyList<RankerRecall> Results { get; }

    /// <summary>The fit on every known tie (null when not asked for): the weights to use after this import.</summary>
    public WeightFit? FinalFit { get; }

    public TimeSpan Elapsed { get; }

    public RankerRecall Engine => Results[0];

    public IEnumerable<RankerRecall> BaselineResults => Results.Where(r => !r.Label.StartsWith(DiscoveryEvaluation.EngineLabel, StringComparison.Ordinal));

    public RankerRecall BestBaselineKorean => BaselineResults.OrderByDescending(r => r.Korean.At50).First();

    public RankerRecall BestBaselineWorldwide => BaselineResults.OrderByDescending(r => r.Worldwide.At50).First();

    /// <summary>True when the engine's pooled recall@50 is above every baseline's on both groups.</summary>
    public bool EngineBeatsEveryBaseline =>
        BaselineResults.All(b => Engine.Korean.At50 > b.Korean.At50 && Engine.Worldwide.At50 > b.Worldwide.At50);

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"Places {Places:N0}, ties {Ties:N0}. {Rounds.Count} rounds, each hiding {Options.Share:0%} of the distinct ties (seeds {Rounds[0].Seed}–{Rounds[^1].Seed}) and fitting the weights on the rest.");
        md.AppendLine(Invariant, $"Groups, pooled over the rounds: {Engine.Korean.Links:N0} hidden links from Korean places (all of them); {Engine.Worldwide.Links:N0} hidden links worldwide (a seeded sample of each round's hidden links).");
        md.AppendLine();
        Table(md, "Links from Korean places", r => r.Korean);
        Table(md, "Links worldwide", r => r.Worldwide);
        Margin(md, "links from Korean places", r => r.Korean, BestBaselineKorean);
        Margin(md, "links worldwide", r => r.Worldwide, BestBaselineWorldwide);
        md.AppendLine();
        md.AppendLine("**Each round** (recall@50; weights fitted on that round's remaining ties)");
        md.AppendLine();
        md.AppendLine("| seed | hidden | Korean links | engine | best baseline | worldwide links | engine | best baseline | fitted weights (sim, comp, econ, net, conc) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var round in Rounds)
        {
            var engine = round.Results[0];
            var baselines = round.Results.Where(r => !r.Label.StartsWith(DiscoveryEvaluation.EngineLabel, StringComparison.Ordinal)).ToList();
            var bestKorean = baselines.Max(b => b.Korean.At50);
            var bestWorldwide = baselines.Max(b => b.Worldwide.At50);
            md.AppendLine(Invariant, $"| {round.Seed} | {round.HiddenLinks:N0} | {engine.Korean.Links} | {engine.Korean.At50:0.000} | {bestKorean:0.000} | {engine.Worldwide.Links} | {engine.Worldwide.At50:0.000} | {bestWorldwide:0.000} | {Short(round.Weights)} |");
        }

        md.AppendLine();
        if (FinalFit is { } fit)
        {
            md.AppendLine(Invariant, $"**Weights fitted on all {fit.TrainingTies:N0} ties** (the weights to use): {Describe(fit.Weights)}.");
            md.AppendLine(Invariant, $"Fit: validation share {FitOptions.ValidationShare:0%}, seed {FitOptions.Seed}, {fit.KoreanLinks} Korean and {fit.WorldwideLinks} worldwide validation links, grid step {FitOptions.Step}, {fit.WeightsTried} weight vectors tried; validation recall@50 from the start ({Short(fit.Start)}) Korean {fit.StartKorean.At50:0.000}, worldwide {fit.StartWorldwide.At50:0.000}; fitted Korean {fit.FittedKorean.At50:0.000}, worldwide {fit.FittedWorldwide.At50:0.000}.");
            if (fit.ComponentsWithoutSignal.Count > 0)
            {
                md.AppendLine(Invariant, $"No signal in this network for {string.Join(" and ", fit.ComponentsWithoutSignal)}: every candidate scores the same, so the fit keeps the start value.");
            }

            md.AppendLine();
        }

        md.AppendLine("Timings on this machine (not part of the reproducible result):");
        md.AppendLine();
        foreach (var (round, k) in Rounds.Select((round, k) => (round, k)).Where(x => x.round.Fit is not null))
        {
            md.AppendLine(Invariant, $"- fit, round {k + 1}: {round.Fit!.Elapsed.TotalSeconds:0.0} s");
        }

        if (FinalFit is { } timed)
        {
            md.AppendLine(Invariant, $"- fit on all ties: {timed.Elapsed.TotalSeconds:0.0} s");
        }

        foreach (var r in Results)
        {
            md.AppendLine(Invariant, $"- ranking with {r.Label}, all rounds: {r.Elapsed.TotalSeconds:0.0} s");
        }

        md.AppendLine(Invariant, $"- total: {Elapsed.TotalSeconds:0.0} s");
        return md.ToString();
    }

    private void Table(StringBuilder md, string title, Func<RankerRecall, GroupRecall> group)
    {
        md.AppendLine(Invariant, $"**{title}** ({group(Results[0]).Links:N0} links)");
        md.AppendLine();
        md.AppendLine("| ranker | recall@10 | recall@50 | recall@100 |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (var r in Results)
        {
            var g = group(r);
            md.AppendLine(Invariant, $"| {r.Label} | {g.At10:0.000} | {g.At50:0.000} | {g.At100:0.000} |");
        }

        md.AppendLine();
    }

    private void Margin(StringBuilder md, string name, Func<RankerRecall, GroupRecall> group, RankerRecall best)
    {
        var engine = group(Engine);
        var baseline = group(best);
        var ratio = baseline.At50 > 0 ? string.Create(Invariant, $", {engine.At50 / baseline.At50:0.00}×") : string.Empty;
        md.AppendLine(Invariant, $"- Recall@50, {name}: engine {engine.At50:0.000} ({engine.FoundAt50} of {engine.Links}) vs best baseline {best.Label} {baseline.At50:0.000} ({baseline.FoundAt50}): {engine.At50 - baseline.At50:+0.000;-0.000;0.000}{ratio}.");
    }

    private static string Short(ScoringWeights w) =>
        string.Create(Invariant, $"{w.Similarity:0.00}, {w.Complementarity:0.00}, {w.Economic:0.00}, {w.Network:0.00}, {w.Concentration:0.00}");

    private static string Describe(ScoringWeights w) => string.Create(
        Invariant,
        $"similarity {w.Similarity:0.00}, complementarity {w.Complementarity:0.00}, economic {w.Economic:0.00}, network {w.Network:0.00}, concentration {w.Concentration:0.00}");
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Domain.Discovery.Evaluation;

/// <param name="Share">Share of the known ties hidden as test links.</param>
/// <param name="WorldwideLinks">Size of the seeded sample of hidden links for the worldwide group (links from Korean places are all used in theirs).</param>
/// <param name="Weights">The engine's weights when <paramref name="FitWeights"/> is false; otherwise only the start of the fit.</param>
public sealed record DiscoveryEvaluationOptions(
    double Share = LinkSplit.DefaultShare,
    ulong Seed = LinkSplit.DefaultSeed,
    int WorldwideLinks = 2_000,
    bool FitWeights = true,
    ScoringWeights? Weights = null,
    WeightFitOptions? Fit = null,
    int MaxParallelism = -1);

/// <summary>
/// The reproducible evaluation of the recommender: hide a share of the known ties, fit the weights on the rest, and compare the engine's
/// recall with the baselines on the hidden links.
/// </summary>
public static class DiscoveryEvaluation
{
    public const string EngineLabel = "engine (fitted weights)";

    public const string DefaultsLabel = "engine (current default weights)";

    public static DiscoveryEvaluationReport Run(IReadOnlyList<PlaceRecord> places, IReadOnlyList<PlaceTie> ties, DiscoveryEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(ties);
        options ??= new DiscoveryEvaluationOptions();
        var clock = Stopwatch.StartNew();
        var split = LinkSplit.Hide(places, ties, options.Share, options.Seed);
        var fit = options.FitWeights
            ? WeightFitter.Fit(places, split.Remaining, (options.Fit ?? new WeightFitOptions()) with { Start = options.Weights ?? options.Fit?.Start, MaxParallelism = options.MaxParallelism })
            : null;
        var weights = fit?.Weights ?? options.Weights ?? ScoringWeights.Default;

        var index = PlaceIndex.Build(places, split.Remaining);
        var korean = split.Hidden.Where(l => l.SourceIsKorean).ToList();
        var worldwide = new SeededRandom(options.Seed ^ 0x2545F4914F6CDD1DUL).Sample(split.Hidden, options.WorldwideLinks);
        var engine = new Recommender(index);
        List<RankerUnderTest> rankers = [new(options.FitWeights ? EngineLabel : "engine", engine, weights)];
        if (weights != ScoringWeights.Default)
        {
            rankers.Add(new(DefaultsLabel, engine, ScoringWeights.Default));
        }

        rankers.AddRange(Baselines(index).Select(b => new RankerUnderTest(b.Name, b, ScoringWeights.Default)));
        var results = RankingEvaluator.Evaluate(rankers, korean, worldwide, options.MaxParallelism);
        clock.Stop();
        return new DiscoveryEvaluationReport(options, places.Count, split, korean.Count, worldwide.Count, fit, weights, results, clock.Elapsed);
    }

    /// <summary>The four baselines the issue names, in the order the table shows them.</summary>
    public static IReadOnlyList<ICandidateRanker> Baselines(PlaceIndex index) =>
        [new RandomRanker(index), new DegreeRanker(index), new CountryPriorDegreeRanker(index), new CommonNeighboursRanker(index)];
}

public sealed class DiscoveryEvaluationReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal DiscoveryEvaluationReport(
        DiscoveryEvaluationOptions options, int places, LinkSplit split, int koreanLinks, int worldwideLinks, WeightFit? fit, ScoringWeights weights,
        IReadOnlyList<RankerRecall> results, TimeSpan elapsed)
    {
        Options = options;
        Places = places;
        DistinctTies = split.DistinctTies;
        HiddenLinks = split.Hidden.Count;
        KoreanLinks = koreanLinks;
        WorldwideLinks = worldwideLinks;
        Fit = fit;
        Weights = weights;
        Results = results;
        Elapsed = elapsed;
    }

    public DiscoveryEvaluationOptions Options { get; }

    public int Places { get; }

    public int DistinctTies { get; }

    public int HiddenLinks { get; }

    public int KoreanLinks { get; }

    public int WorldwideLinks { get; }

    /// <summary>Null when the weights were given rather than fitted.</summary>
    public WeightFit? Fit { get; }

    /// <summary>The weights the engine was evaluated with.</summary>
    public ScoringWeights Weights { get; }

    /// <summary>The engine first, then the engine with the default weights when they differ, then the baselines.</summary>
    public IReadOnlyList<RankerRecall> Results { get; }

    public TimeSpan Elapsed { get; }

    public RankerRecall Engine => Results[0];

    public IEnumerable<RankerRecall> BaselineResults => Results.Where(r => !r.Label.StartsWith("engine", StringComparison.Ordinal));

    public RankerRecall BestBaselineKorean => BaselineResults.OrderByDescending(r => r.Korean.At50).First();

    public RankerRecall BestBaselineWorldwide => BaselineResults.OrderByDescending(r => r.Worldwide.At50).First();

    /// <summary>True when the engine's recall@50 is above every baseline's on both groups.</summary>
    public bool EngineBeatsEveryBaseline =>
        BaselineResults.All(b => Engine.Korean.At50 > b.Korean.At50 && Engine.Worldwide.At50 > b.Worldwide.At50);

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"Places {Places:N0}, distinct ties {DistinctTies:N0}; hidden {HiddenLinks:N0} ({Options.Share:P0}, seed {Options.Seed}).");
        md.AppendLine(Invariant, $"Groups: {KoreanLinks:N0} hidden links from Korean places (all of them); {WorldwideLinks:N0} hidden links worldwide (seeded sample of all hidden links).");
        md.AppendLine();
        Table(md, "Links from Korean places", r => r.Korean);
        Table(md, "Links worldwide", r => r.Worldwide);
        Margin(md, "Korean places", r => r.Korean, BestBaselineKorean);
        Margin(md, "worldwide", r => r.Worldwide, BestBaselineWorldwide);
        md.AppendLine();
        md.AppendLine(Invariant, $"Weights evaluated: {Describe(Weights)}.");
        if (Fit is { } fit)
        {
            md.AppendLine(Invariant, $"Fitted on the {fit.TrainingTies:N0} remaining ties only (validation share {(Options.Fit ?? new WeightFitOptions()).ValidationShare:P0}, seed {(Options.Fit ?? new WeightFitOptions()).Seed}; {fit.KoreanLinks} Korean and {fit.WorldwideLinks} worldwide validation links; {fit.WeightsTried} weight vectors tried).");
            md.AppendLine(Invariant, $"Validation recall@50 from the start ({Describe(fit.Start)}): Korean {fit.StartKorean.At50:0.000}, worldwide {fit.StartWorldwide.At50:0.000}; fitted: Korean {fit.FittedKorean.At50:0.000}, worldwide {fit.FittedWorldwide.At50:0.000}.");
            if (fit.ComponentsWithoutSignal.Count > 0)
            {
                md.AppendLine(Invariant, $"No signal in this network for: {string.Join(", ", fit.ComponentsWithoutSignal)} (kept at the start value).");
            }
        }

        md.AppendLine();
        md.AppendLine("Timings on this machine (not part of the reproducible result):");
        if (Fit is { } timed)
        {
            md.AppendLine(Invariant, $"- weight fit: {timed.Elapsed.TotalSeconds:0.0} s");
        }

        foreach (var r in Results)
        {
            md.AppendLine(Invariant, $"- {r.Label}: {r.Elapsed.TotalSeconds:0.0} s");
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
        var engine = group(Engine).At50;
        var baseline = group(best).At50;
        var ratio = baseline > 0 ? string.Create(Invariant, $", {engine / baseline:0.0}×") : string.Empty;
        md.AppendLine(Invariant, $"- Recall@50, {name}: engine {engine:0.000} vs best baseline {best.Label} {baseline:0.000} ({engine - baseline:+0.000;-0.000;0.000}{ratio}).");
    }

    private static string Describe(ScoringWeights w) => string.Create(
        Invariant,
        $"similarity {w.Similarity:0.00}, complementarity {w.Complementarity:0.00}, economic {w.Economic:0.00}, network {w.Network:0.00}, concentration {w.Concentration:0.00}");
}

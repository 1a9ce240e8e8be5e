using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Benchmarks.Discovery;

/// <summary>
/// Partner ranking over the 170,000-place synthetic world: the fast recommender for one government (the baseline of each ratio),
/// its LINQ twin and the raw scan over the same columns, the batch of all 243 governments, and building the index.
/// Two warm-ups and nine iterations keep a full run to a few minutes: the slowest cases take seconds per operation, and the
/// questions are a 10 ms / 3 s target and ratios of 2x and more, not single-percent differences. The job runs in process because
/// the generated out-of-process project rebuilds Gyoryu.Web, which outlasts BenchmarkDotNet's two-minute build timeout on a busy machine.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DiscoveryRecommenderBenchmarks
{
    /// <summary>A mid-sized 경기도 기초 government with goal text, tags, industries and seven ties: a typical source.</summary>
    public const string SourceId = "KR-41050";

    private const int Top = 50;

    private SyntheticWorld world = null!;
    private PlaceIndex index = null!;
    private Recommender recommender = null!;
    private LinqRecommender linq = null!;
    private int source;
    private int[] governments = [];
    private double[] totals = [];
    private readonly RankingFilter international = new(PlaceScope.International);

    [GlobalSetup]
    public void Setup()
    {
        world = SyntheticWorld.Generate();
        index = world.BuildIndex();
        recommender = new Recommender(index);
        linq = new LinqRecommender(index);
        source = index.IndexOf(SourceId);
        governments = Enumerable.Range(0, world.KoreanCount).ToArray();
        totals = new double[index.Count];
    }

    [Benchmark(Baseline = true, Description = "Recommender.Rank, top 50, any country")]
    [BenchmarkCategory("one government")]
    public IReadOnlyList<Recommendation> Rank_any() => recommender.Rank(source, RankingFilter.None, ScoringWeights.Default, Top);

    [Benchmark(Description = "Recommender.Rank, top 50, international")]
    [BenchmarkCategory("one government")]
    public IReadOnlyList<Recommendation> Rank_international() => recommender.Rank(source, international, ScoringWeights.Default, Top);

    [Benchmark(Description = "LinqRecommender.Rank, top 50, any country")]
    [BenchmarkCategory("one government")]
    public IReadOnlyList<Recommendation> Linq_rank_any() => linq.Rank(SourceId, RankingFilter.None, ScoringWeights.Default, Top);

    [Benchmark(Description = "Recommender.ScoreAll (raw scan), any country")]
    [BenchmarkCategory("one government")]
    public int Raw_scan_any() => recommender.ScoreAll(source, RankingFilter.None, ScoringWeights.Default, totals);

    [Benchmark(Baseline = true, Description = "RankMany, 243 governments, all cores")]
    [BenchmarkCategory("batch")]
    public IReadOnlyList<IReadOnlyList<Recommendation>> Rank_all_governments() =>
        recommender.RankMany(governments, RankingFilter.None, ScoringWeights.Default, Top);

    [Benchmark(Description = "RankMany, 243 governments, one thread")]
    [BenchmarkCategory("batch")]
    public IReadOnlyList<IReadOnlyList<Recommendation>> Rank_all_governments_one_thread() =>
        recommender.RankMany(governments, RankingFilter.None, ScoringWeights.Default, Top, maxDegreeOfParallelism: 1);

    [Benchmark(Baseline = true, Description = "PlaceIndex.Build, 170,000 places, 25,000 ties")]
    [BenchmarkCategory("index")]
    public PlaceIndex Build_index() => world.BuildIndex();

    public sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(9));
            AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
            AddColumn(new IndexMemoryColumn(IndexMemoryColumn.Kind.Estimated), new IndexMemoryColumn(IndexMemoryColumn.Kind.Retained));
        }
    }
}

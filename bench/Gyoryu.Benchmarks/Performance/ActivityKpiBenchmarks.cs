using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Gyoryu.Benchmarks.Seeding;
using Gyoryu.Web.Features.Performance;

namespace Gyoryu.Benchmarks.Performance;

/// <summary>
/// The three KpiQueries calls behind the dashboard and the KPI page, against a database seeded by the <c>seed</c> verb
/// (national scale: 2,500 partnerships, about 500,000 activities). Each operation opens a new DbContext, as a request does.
/// The databases come from the environment: GYORYU_BENCH_SQLITE (a seeded file, required) and GYORYU_BENCH_POSTGRES (a seeded
/// database's connection string, optional). In process for the same reason as the discovery benchmarks (the generated project
/// rebuilds Gyoryu.Web, which outlasts the build timeout on a busy machine); a short job, since the question is a 50 ms page budget.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ActivityKpiBenchmarks
{
    private BenchDatabase database = null!;
    private KpiTargets targets = null!;

    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = "SQLite";

    public static IEnumerable<string> Databases()
    {
        yield return "SQLite";
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("GYORYU_BENCH_POSTGRES")))
        {
            yield return "PostgreSQL";
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        database = Database == "SQLite"
            ? BenchDatabase.Sqlite(Environment.GetEnvironmentVariable("GYORYU_BENCH_SQLITE")
                                   ?? throw new InvalidOperationException("Set GYORYU_BENCH_SQLITE to a database made by the seed verb."))
            : BenchDatabase.Postgres(Environment.GetEnvironmentVariable("GYORYU_BENCH_POSTGRES")!);
        using var db = database.Open();
        targets = KpiTargets.FindAsync(db, DateTimeOffset.UtcNow).GetAwaiter().GetResult();
        Console.WriteLine($"// {database.Description}: {targets}");
    }

    [Benchmark(Description = "ByYearAsync: one partnership, every year")]
    public async Task<int> ByYear()
    {
        await using var db = database.Open();
        return (await new KpiQueries(db).ByYearAsync(targets.PartnershipId, targets.Today, CancellationToken.None)).Count;
    }

    [Benchmark(Description = "ForGovernmentAsync: one government, this year")]
    public async Task<int> ForGovernment()
    {
        await using var db = database.Open();
        return (await new KpiQueries(db).ForGovernmentAsync(targets.GovernmentCode, targets.Year, targets.Today, CancellationToken.None)).Count;
    }

    [Benchmark(Description = "LastActivitiesAsync: the government's partnerships")]
    public async Task<int> LastActivities()
    {
        await using var db = database.Open();
        return (await new KpiQueries(db).LastActivitiesAsync(targets.GovernmentPartnershipIds, targets.Today, CancellationToken.None)).Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(12)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(400)));
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }
}

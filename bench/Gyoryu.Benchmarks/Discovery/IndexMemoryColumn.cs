using System.Globalization;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Gyoryu.Benchmarks.Discovery;

/// <summary>
/// The index's memory beside the build row: what <see cref="Gyoryu.Domain.Discovery.Scoring.PlaceIndex.EstimatedBytes"/> counts, and
/// what the heap keeps after a full collection (ids, dictionary and headers included). MemoryDiagnoser's "Allocated" is neither:
/// it counts everything the build allocates, garbage too.
/// </summary>
public sealed class IndexMemoryColumn(IndexMemoryColumn.Kind kind) : IColumn
{
    public enum Kind
    {
        Estimated,
        Retained,
    }

    // Measured once, in the host process, when the summary is written.
    private static readonly Lazy<(long Estimated, long Retained)> Measured = new(Measure);

    public string Id => ColumnName;

    public string ColumnName => kind == Kind.Estimated ? "Index EstimatedBytes" : "Index retained (GC delta)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => kind == Kind.Estimated
        ? "PlaceIndex.EstimatedBytes: the columns only"
        : "GC.GetTotalMemory(true) after building the index minus before, the index kept alive";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.WorkloadMethod.Name != nameof(DiscoveryRecommenderBenchmarks.Build_index))
        {
            return "-";
        }

        var bytes = kind == Kind.Estimated ? Measured.Value.Estimated : Measured.Value.Retained;
        return (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
    }

    public static (long Estimated, long Retained) Measure()
    {
        // A small world first, so static tables and JIT-compiled code are not counted as the index.
        _ = SyntheticWorld.Generate(places: 10_000, ties: 1_000).BuildIndex();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = BuildUnreachableInputs();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var estimated = index.EstimatedBytes;
        GC.KeepAlive(index);
        return (estimated, after - before);
    }

    // The records and ties become garbage on return; only what the index itself holds stays.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Gyoryu.Domain.Discovery.Scoring.PlaceIndex BuildUnreachableInputs() => SyntheticWorld.Generate().BuildIndex();

    public override string ToString() => ColumnName;
}

using BenchmarkDotNet.Running;
using Gyoryu.Benchmarks.Performance;
using Gyoryu.Benchmarks.Seeding;

// Verbs for the load scripts in bench/load; anything else goes to BenchmarkDotNet.
return args switch
{
    ["seed", .. var rest] => await NationalSeed.RunAsync(rest),
    ["plans", .. var rest] => await QueryPlans.RunAsync(rest),
    ["account", .. var rest] => await BenchAccounts.RunAsync(rest),
    ["pick", .. var rest] => await QueryPlans.PickAsync(rest),
    ["dropdb", "--postgres", var connection] => await BenchDatabase.DropAsync(connection),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(NationalSeed).Assembly).Run(args);
    return 0;
}

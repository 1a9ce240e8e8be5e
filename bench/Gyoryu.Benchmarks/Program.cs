using BenchmarkDotNet.Running;
using Gyoryu.Benchmarks.Seeding;

// "seed" builds the national-scale database for the wrk runs in bench/load; anything else goes to BenchmarkDotNet.
if (args is ["seed", .. var seedArgs])
{
    return await NationalSeed.RunAsync(seedArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(NationalSeed).Assembly).Run(args);
return 0;

using System.Globalization;
using Gyoryu.Domain.Discovery.Evaluation;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Evaluation;

/// <summary>
/// `evaluate-discovery <twin file>`: hides a seeded share of the list's links, ranks candidates for each hidden link's source
/// with the engine and the baselines, and prints recall@10/50/100 as Markdown (docs/discovery-evaluation.md).
/// </summary>
public sealed class EvaluateDiscoveryVerb : ICommandLineVerb
{
    public string Name => "evaluate-discovery";

    public string Usage => "evaluate-discovery <twin-town csv> [--rounds 5] [--seed 20250101] [--share 0.1] [--output report.md]";

    public async Task<int> RunAsync(
        IServiceProvider services, CommandLineArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var defaults = new DiscoveryEvaluationOptions();
        var rounds = arguments.IntOption("rounds", defaults.Rounds, 1, 20);
        var seed = arguments.Option("seed") is { } seedText
            ? ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : throw new CommandLineUsageException("--seed must be a whole number.")
            : defaults.Seed;
        var share = arguments.Option("share") is { } shareText
            ? double.TryParse(shareText, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is > 0 and < 0.5 ? v : throw new CommandLineUsageException("--share must be above 0 and below 0.5.")
            : defaults.Share;
        var outputPath = arguments.Option("output");
        arguments.RejectUnknownOptions();
        var file = arguments.Positional switch
        {
            [var only] => only,
            _ => throw new CommandLineUsageException("Name one twin-town CSV file."),
        };
        if (!File.Exists(file))
        {
            throw new CommandLineUsageException($"No such file: {file}");
        }

        var db = services.GetRequiredService<GyoryuDbContext>();
        var countries = await db.Countries.AsNoTracking().Select(c => KeyValuePair.Create(c.NameEn, c.Code)).ToListAsync(cancellationToken);
        var network = TwinNetwork.FromText(await File.ReadAllTextAsync(file, cancellationToken), new CountryNames(countries));
        foreach (var skipped in network.SkippedRows)
        {
            await error.WriteLineAsync($"line {skipped.Line}: skipped ({skipped.English})");
        }

        await error.WriteLineAsync($"{network.Places.Count:N0} places, {network.Ties.Count:N0} ties; evaluating {rounds} round(s)…");
        var report = DiscoveryEvaluation.Run(network.Places, network.Ties, defaults with { Rounds = rounds, Seed = seed, Share = share });
        var markdown = report.ToMarkdown();
        await output.WriteAsync(markdown);
        if (outputPath is not null)
        {
            await File.WriteAllTextAsync(outputPath, markdown, cancellationToken);
        }

        return report.EngineBeatsEveryBaseline ? 0 : 1;
    }
}

using Gyoryu.Web.Features.Discovery.Evaluation;
using Gyoryu.Web.Features.Discovery.Import;
using Gyoryu.Web.Features.Discovery.Recommendations;
using Gyoryu.Web.Infrastructure.Backup;
using Microsoft.Extensions.Logging.Console;

namespace Gyoryu.Web.Infrastructure.CommandLine;

/// <summary>Runs a verb instead of the web server when the first argument names one.</summary>
public static class CommandLine
{
    private static readonly ICommandLineVerb[] Verbs =
    [
        new RecommendVerb(),
        new EvaluateDiscoveryVerb(),
        new ImportTwinsVerb(),
        new BackupVerb(),
        new RestoreVerb(),
        new Features.Account.CreateAdminVerb(),
    ];

    public static ICommandLineVerb? VerbOf(string[] args) =>
        args.Length > 0 ? Verbs.FirstOrDefault(v => v.Name == args[0]) : null;

    /// <summary>Host arguments for a verb: none of the verb's words, so `--top 10` is not read as configuration.</summary>
    public static string[] HostArguments(string[] args, ICommandLineVerb? verb) => verb is null ? args : [];

    /// <summary>Standard output belongs to the verb's result (JSON lines); logs go to standard error, warnings and worse only.</summary>
    public static void ConfigureForVerb(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A rule for the provider outranks the appsettings categories, which are written for the server.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
    }

    public static async Task<int> RunVerbAsync(this WebApplication app, ICommandLineVerb verb, string[] args)
    {
        var output = Console.Out;
        var error = Console.Error;
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var arguments = new CommandLineArguments(args[1..], verb.Switches);
            await using var scope = app.Services.CreateAsyncScope();
            var code = await verb.RunAsync(scope.ServiceProvider, arguments, output, error, cancellation.Token);
            if (arguments.Unread().FirstOrDefault() is { } unknown)
            {
                await error.WriteLineAsync($"Unknown option --{unknown}. Usage: {verb.Usage}");
                return 2;
            }

            return code;
        }
        catch (CommandLineUsageException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync($"Usage: dotnet run --project src/Gyoryu.Web -- {verb.Usage}");
            return 2;
        }
    }
}

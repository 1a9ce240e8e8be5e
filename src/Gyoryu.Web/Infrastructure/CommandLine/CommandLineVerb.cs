namespace Gyoryu.Web.Infrastructure.CommandLine;

/// <summary>A command-line verb of the app (`dotnet run --project src/Gyoryu.Web -- import-twins file.csv`).</summary>
public interface ICommandLineVerb
{
    string Name { get; }

    /// <summary>One line for the usage text: "import-twins <file>".</summary>
    string Usage { get; }

    /// <summary>Options that take no value (`--force`), so a following word is not read as their value.</summary>
    IReadOnlySet<string> Switches => System.Collections.Frozen.FrozenSet<string>.Empty;

    /// <summary>Runs against the app's services after the database is ready; the result is the process exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, CommandLineArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}

/// <summary>Thrown for a wrong invocation; the message is printed with the usage, and the exit code is 2.</summary>
public sealed class CommandLineUsageException(string message) : Exception(message);

using System.Collections.Frozen;
using Gyoryu.Web.Infrastructure.CommandLine;

namespace Gyoryu.Web.Infrastructure.Backup;

/// <summary>What the backup and restore verbs share: the file argument, Korean-then-English lines and the exit code of a failure.</summary>
internal static class BackupConsole
{
    public static FrozenSet<string> Switches(string name) => new[] { name }.ToFrozenSet(StringComparer.Ordinal);

    public static string FileArgument(CommandLineArguments arguments) => arguments.Positional switch
    {
        [var one] => Path.GetFullPath(one),
        [] => throw new CommandLineUsageException("파일을 지정하세요. / Name the file."),
        _ => throw new CommandLineUsageException("파일은 하나만 지정하세요. / Name one file only."),
    };

    public static async Task WriteAsync(TextWriter writer, string korean, string english)
    {
        await writer.WriteLineAsync(korean);
        await writer.WriteLineAsync(english);
    }

    public static async Task WriteTablesAsync(TextWriter writer, IReadOnlyList<TableRows> tables)
    {
        var width = tables.Count == 0 ? 0 : tables.Max(t => t.Name.Length);
        foreach (var table in tables.Where(t => t.Rows is not null))
        {
            await writer.WriteLineAsync($"  {table.Name.PadRight(width)} {BackupContents.N(table.Rows!.Value),12}");
        }
    }

    /// <summary>Runs the verb's work; a <see cref="BackupFailure"/> is printed on standard error and gives exit code 1.</summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (BackupFailure failure)
        {
            await WriteAsync(error, failure.Korean, failure.Message);
            return 1;
        }
    }
}

using Gyoryu.Web.Infrastructure.CommandLine;

namespace Gyoryu.Web.Infrastructure.Backup;

/// <summary>
/// `backup file [--force]`: a consistent copy of the configured database, taken while the app runs (SQLite's backup API, or pg_dump
/// --format=custom). Written beside the target first and moved into place, so a failed backup leaves no half file.
/// Exit codes: 0 written, 1 failed (nothing written), 2 usage.
/// </summary>
public sealed class BackupVerb : ICommandLineVerb
{
    public string Name => "backup";

    public string Usage => "backup <file> [--force]";

    public IReadOnlySet<string> Switches { get; } = BackupConsole.Switches("force");

    public async Task<int> RunAsync(IServiceProvider services, CommandLineArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var force = arguments.Switch("force");
        arguments.RejectUnknownOptions();
        var file = BackupConsole.FileArgument(arguments);
        return await BackupConsole.RunAsync(error, async () =>
        {
            var backup = DatabaseBackup.For(services);
            var contents = await WriteAsync(backup, file, force, cancellationToken);
            await BackupConsole.WriteAsync(output,
                $"백업을 만들었습니다: {file} ({backup.Target}; {contents.Korean})",
                $"Backup written: {file} ({backup.Target}; {contents.English})");
            await BackupConsole.WriteTablesAsync(output, contents.Tables);
            return 0;
        });
    }

    private static async Task<BackupContents> WriteAsync(IDatabaseBackup backup, string file, bool force, CancellationToken cancellationToken)
    {
        if (File.Exists(file) && !force)
        {
            throw new BackupFailure(
                $"파일이 이미 있습니다. 덮어쓰려면 --force를 붙이세요: {file}",
                $"The file exists already; add --force to overwrite it: {file}");
        }

        var folder = Path.GetDirectoryName(file)!;
        if (!Directory.Exists(folder))
        {
            throw new BackupFailure($"폴더가 없습니다: {folder}", $"No such folder: {folder}");
        }

        var partial = Path.Combine(folder, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.partial");
        try
        {
            var contents = await backup.BackupAsync(partial, cancellationToken);
            File.Move(partial, file, overwrite: force);
            return contents;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackupFailure($"백업 파일을 쓰지 못했습니다: {e.Message}", $"Could not write the backup file: {e.Message}");
        }
        finally
        {
            File.Delete(partial);
        }
    }
}

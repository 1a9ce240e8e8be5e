using System.Diagnostics;
using System.Globalization;

namespace Gyoryu.Web.Infrastructure.Backup;

/// <summary>A PostgreSQL client program (pg_dump, pg_restore): from Gyoryu:Backup:PgBinPath, else PATH, else the newest /usr/lib/postgresql/*/bin.</summary>
public sealed class PgTool
{
    private const string DebianRoot = "/usr/lib/postgresql";

    private PgTool(string path) => Path = path;

    public string Path { get; }

    public static PgTool Find(string name, string? configuredFolder)
    {
        if (!string.IsNullOrWhiteSpace(configuredFolder))
        {
            var configured = System.IO.Path.Combine(configuredFolder, name);
            return File.Exists(configured)
                ? new PgTool(configured)
                : throw new BackupFailure(
                    $"Gyoryu:Backup:PgBinPath 폴더에 {name}이(가) 없습니다: {configured}",
                    $"{name} is not in the Gyoryu:Backup:PgBinPath folder: {configured}");
        }

        var onPath = (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, name));
        var debian = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .OrderByDescending(folder => int.TryParse(System.IO.Path.GetFileName(folder), NumberStyles.Integer, CultureInfo.InvariantCulture, out var major) ? major : 0)
                .Select(folder => System.IO.Path.Combine(folder, "bin", name))
            : [];
        return onPath.Concat(debian).FirstOrDefault(File.Exists) is { } found
            ? new PgTool(found)
            : throw new BackupFailure(
                $"{name}을(를) 찾지 못했습니다. postgresql-client를 설치하거나 Gyoryu:Backup:PgBinPath에 그 폴더를 설정하세요.",
                $"{name} was not found. Install postgresql-client or set Gyoryu:Backup:PgBinPath to its folder.");
    }

    /// <summary>Runs the program and returns its standard output; a non-zero exit becomes a <see cref="BackupFailure"/> carrying its standard error.</summary>
    public async Task<string> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)
            ?? throw new BackupFailure($"{Path}을(를) 실행하지 못했습니다.", $"Could not start {Path}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var message = (await error).Trim();
        return process.ExitCode == 0
            ? await output
            : throw new BackupFailure(
                $"{System.IO.Path.GetFileName(Path)}이(가) 실패했습니다(종료 코드 {process.ExitCode}): {message}",
                $"{System.IO.Path.GetFileName(Path)} failed (exit code {process.ExitCode}): {message}");
    }
}

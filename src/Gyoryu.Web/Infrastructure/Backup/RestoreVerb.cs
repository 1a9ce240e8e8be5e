using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.CommandLine;
using Gyoryu.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Infrastructure.Backup;

/// <summary>
/// `restore file --yes`: replaces every table of the configured database with a backup made by `backup`. The file is checked first
/// (a SQLite database or pg_dump file with our migration history, none newer than this build's); a refused file changes nothing.
/// Without --yes it says what would happen. Migrations this build added since the backup are applied afterwards.
/// Exit codes: 0 restored, 1 refused or failed, 2 usage or no --yes.
/// </summary>
public sealed class RestoreVerb : ICommandLineVerb
{
    public string Name => "restore";

    public string Usage => "restore <file> --yes";

    public IReadOnlySet<string> Switches { get; } = BackupConsole.Switches("yes");

    public async Task<int> RunAsync(IServiceProvider services, CommandLineArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var yes = arguments.Switch("yes");
        arguments.RejectUnknownOptions();
        var file = BackupConsole.FileArgument(arguments);
        return await BackupConsole.RunAsync(error, async () =>
        {
            if (!File.Exists(file))
            {
                throw new BackupFailure($"백업 파일이 없습니다: {file}", $"No such backup file: {file}");
            }

            var backup = DatabaseBackup.For(services);
            var contents = await backup.InspectAsync(file, cancellationToken);
            var db = services.GetRequiredService<GyoryuDbContext>();
            var known = db.Database.GetMigrations().ToList();
            RefuseForeignHistory(file, contents, known);
            if (!yes)
            {
                await BackupConsole.WriteAsync(output,
                    $"복원하면 {backup.Target}의 모든 데이터가 {file}({contents.Korean})의 내용으로 바뀝니다. 되돌릴 수 없으니 먼저 backup으로 지금 데이터를 보관하세요. 실행하려면 --yes를 붙이세요.",
                    $"Restoring replaces all data of {backup.Target} with {file} ({contents.English}). It cannot be undone: back up the current data first. Add --yes to go ahead.");
                return 2;
            }

            await backup.RestoreAsync(file, contents, cancellationToken);
            var added = known.Except(contents.Migrations, StringComparer.Ordinal).ToList();
            if (added.Count > 0)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            var tables = await CountAsync(db, services.GetRequiredService<DatabaseTarget>().Provider, cancellationToken);
            var restored = contents with { Tables = tables, Bytes = 0 };
            await BackupConsole.WriteAsync(output,
                $"복원했습니다: {backup.Target} ← {file} ({restored.Korean})",
                $"Restored: {backup.Target} from {file} ({restored.English})");
            if (added.Count > 0)
            {
                await BackupConsole.WriteAsync(output,
                    $"백업 뒤에 나온 마이그레이션을 적용했습니다: {string.Join(", ", added)}",
                    $"Applied the migrations newer than the backup: {string.Join(", ", added)}");
            }

            await BackupConsole.WriteTablesAsync(output, tables);
            return 0;
        });
    }

    private static void RefuseForeignHistory(string file, BackupContents contents, IReadOnlyList<string> known)
    {
        if (!contents.Migrations.Contains(known[0], StringComparer.Ordinal))
        {
            throw BackupFile.NotOurs(file, $"마이그레이션 기록에 {known[0]}이(가) 없습니다", $"its migration history lacks {known[0]}");
        }

        var unknown = contents.Migrations.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new BackupFailure(
                $"이 빌드보다 새로운 교류가 만든 백업입니다(모르는 마이그레이션: {string.Join(", ", unknown)}). 그 버전으로 복원하세요: {file}",
                $"The backup was made by a newer Gyoryu (unknown migrations: {string.Join(", ", unknown)}); restore it with that version: {file}");
        }
    }

    private static async Task<IReadOnlyList<TableRows>> CountAsync(GyoryuDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await DatabaseTables.CountAsync(db.Database.GetDbConnection(), provider, null, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

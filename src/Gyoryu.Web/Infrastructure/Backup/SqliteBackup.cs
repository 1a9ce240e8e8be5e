using System.Text;
using Gyoryu.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;

namespace Gyoryu.Web.Infrastructure.Backup;

/// <summary>
/// SQLite through its online backup API, both ways: a backup is a consistent page copy taken while the app keeps working,
/// and a restore writes the backup's pages into the live file, so connections opened afterwards see the restored data.
/// </summary>
public sealed class SqliteBackup(string connectionString) : IDatabaseBackup
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public string Target => $"SQLite {new SqliteConnectionStringBuilder(connectionString).DataSource}";

    public async Task<BackupContents> BackupAsync(string file, CancellationToken cancellationToken)
    {
        await using var live = new SqliteConnection(connectionString);
        await live.OpenAsync(cancellationToken);
        await using (var copy = new SqliteConnection(FileConnectionString(file, SqliteOpenMode.ReadWriteCreate)))
        {
            await copy.OpenAsync(cancellationToken);
            live.BackupDatabase(copy);

            // The live file is in WAL mode; a backup should be one self-contained file that opens read-only.
            await ExecuteAsync(copy, "PRAGMA journal_mode=DELETE;", cancellationToken);
        }

        return await InspectAsync(file, cancellationToken);
    }

    public async Task<BackupContents> InspectAsync(string file, CancellationToken cancellationToken)
    {
        if (!await BackupFile.StartsWithAsync(file, Header, cancellationToken))
        {
            throw BackupFile.NotOurs(file, "SQLite 데이터베이스 파일이 아닙니다", "it is not a SQLite database file");
        }

        try
        {
            await using var backup = new SqliteConnection(FileConnectionString(file, SqliteOpenMode.ReadOnly));
            await backup.OpenAsync(cancellationToken);
            var check = await ExecuteAsync(backup, "PRAGMA quick_check;", cancellationToken);
            if (check != "ok")
            {
                throw BackupFile.NotOurs(file, $"파일이 손상되었습니다({check})", $"the file is damaged ({check})");
            }

            var tables = await DatabaseTables.CountAsync(backup, DatabaseProvider.Sqlite, null, cancellationToken);
            if (!tables.Any(t => t.Name == DatabaseTables.History))
            {
                throw BackupFile.NotOurs(file, "교류 데이터베이스의 마이그레이션 기록이 없습니다", "it has no Gyoryu migration history");
            }

            var migrations = await DatabaseTables.MigrationsAsync(backup, null, cancellationToken);
            return new BackupContents(migrations, tables, new FileInfo(file).Length);
        }
        catch (SqliteException e)
        {
            throw BackupFile.NotOurs(file, $"SQLite가 읽지 못했습니다: {e.Message}", $"SQLite could not read it: {e.Message}");
        }
    }

    public async Task RestoreAsync(string file, BackupContents contents, CancellationToken cancellationToken)
    {
        try
        {
            await using var backup = new SqliteConnection(FileConnectionString(file, SqliteOpenMode.ReadOnly));
            await backup.OpenAsync(cancellationToken);
            await using var live = new SqliteConnection(connectionString);
            await live.OpenAsync(cancellationToken);
            backup.BackupDatabase(live);
        }
        catch (SqliteException e)
        {
            throw new BackupFailure($"복원하지 못했습니다: {e.Message}", $"Could not restore: {e.Message}");
        }
        finally
        {
            // Pooled connections opened before the restore (the start-up migration's) must not be reused with stale caches.
            SqliteConnection.ClearAllPools();
        }
    }

    private static string FileConnectionString(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString();

    private static async Task<string?> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(cancellationToken))?.ToString();
    }
}

using System.Data.Common;
using System.Globalization;
using Gyoryu.Web.Infrastructure.Database;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Infrastructure.Backup;

/// <summary>Writes, checks and restores a backup file of the configured database; one implementation per provider.</summary>
public interface IDatabaseBackup
{
    /// <summary>The live database in words an operator recognises, without the password.</summary>
    string Target { get; }

    /// <summary>Writes a consistent copy of the live database to <paramref name="file"/>, which must not exist yet.</summary>
    Task<BackupContents> BackupAsync(string file, CancellationToken cancellationToken);

    /// <summary>Reads a backup file without changing anything; throws <see cref="BackupFailure"/> when it is not one of ours.</summary>
    Task<BackupContents> InspectAsync(string file, CancellationToken cancellationToken);

    /// <summary>Replaces every table of the live database with the backup's; throws <see cref="BackupFailure"/> when nothing changed.</summary>
    Task RestoreAsync(string file, BackupContents contents, CancellationToken cancellationToken);
}

public static class DatabaseBackup
{
    public static IDatabaseBackup For(IServiceProvider services)
    {
        var target = services.GetRequiredService<DatabaseTarget>();
        return target.Provider == DatabaseProvider.Sqlite
            ? new SqliteBackup(target.ConnectionString)
            : new PostgresBackup(target.ConnectionString, services.GetRequiredService<IOptions<GyoryuOptions>>().Value.Backup.PgBinPath);
    }
}

/// <summary>What a backup holds: the migrations applied when it was made and its tables (row counts where the file can be counted).</summary>
public sealed record BackupContents(IReadOnlyList<string> Migrations, IReadOnlyList<TableRows> Tables, long Bytes)
{
    public string? LastMigration => Migrations.Count > 0 ? Migrations[^1] : null;

    public long? TotalRows => Tables.All(t => t.Rows is not null) ? Tables.Sum(t => t.Rows!.Value) : null;

    public string Korean => Join(
        Bytes > 0 ? Size(Bytes) : null,
        $"테이블 {Tables.Count}개",
        TotalRows is { } rows ? $"행 {N(rows)}개" : null,
        $"마이그레이션 {LastMigration}");

    public string English => Join(
        Bytes > 0 ? Size(Bytes) : null,
        $"{Tables.Count} tables",
        TotalRows is { } rows ? $"{N(rows)} rows" : null,
        $"migration {LastMigration}");

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.0 MB", CultureInfo.InvariantCulture)
        : (bytes / 1024d).ToString("0.0 kB", CultureInfo.InvariantCulture);

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => p is not null));
}

public sealed record TableRows(string Name, long? Rows);

/// <summary>A backup or restore that did not happen; the verb prints both sentences and exits with 1.</summary>
public sealed class BackupFailure(string korean, string english) : Exception(english)
{
    public string Korean { get; } = korean;
}

public static class BackupFile
{
    public static async Task<bool> StartsWithAsync(string file, byte[] header, CancellationToken cancellationToken)
    {
        var start = new byte[header.Length];
        await using var stream = File.OpenRead(file);
        var read = await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        return read == start.Length && start.AsSpan().SequenceEqual(header);
    }

    public static BackupFailure NotOurs(string file, string korean, string english) =>
        new($"교류 백업 파일이 아닙니다({korean}): {file}", $"Not a Gyoryu backup ({english}): {file}");
}

/// <summary>The table list, row counts and migration history of a database, asked the same way of the backup file and the live database.</summary>
public static class DatabaseTables
{
    public const string History = "__EFMigrationsHistory";

    public static async Task<IReadOnlyList<string>> NamesAsync(DbConnection connection, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var sql = provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name";
        return await StringsAsync(connection, null, sql, cancellationToken);
    }

    public static async Task<IReadOnlyList<TableRows>> CountAsync(
        DbConnection connection, DatabaseProvider provider, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var counts = new List<TableRows>();
        foreach (var table in await NamesAsync(connection, provider, cancellationToken))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT COUNT(*) FROM {Quote(table)}";
            counts.Add(new TableRows(table, Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    public static async Task<IReadOnlyList<string>> MigrationsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        await StringsAsync(connection, transaction, $"SELECT \"MigrationId\" FROM {Quote(History)} ORDER BY \"MigrationId\"", cancellationToken);

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<IReadOnlyList<string>> StringsAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

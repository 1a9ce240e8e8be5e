using System.Data;
using System.Text;
using System.Text.RegularExpressions;
using Gyoryu.Web.Infrastructure.Database;
using Npgsql;

namespace Gyoryu.Web.Infrastructure.Backup;

/// <summary>
/// PostgreSQL through pg_dump's custom format and pg_restore. The dump reads a snapshot exported by a transaction of ours,
/// so the row counts printed are exactly the dump's; the restore runs in one transaction, so a failed one changes nothing.
/// </summary>
public sealed partial class PostgresBackup(string connectionString, string? pgBinPath) : IDatabaseBackup
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("PGDMP");

    private readonly NpgsqlConnectionStringBuilder connection = new(connectionString);

    public string Target => $"PostgreSQL {connection.Host}:{connection.Port}/{connection.Database} ({connection.Username})";

    public async Task<BackupContents> BackupAsync(string file, CancellationToken cancellationToken)
    {
        await using var live = new NpgsqlConnection(connectionString);
        await live.OpenAsync(cancellationToken);
        await using var transaction = await live.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var snapshot = await ScalarAsync(live, transaction, "SELECT pg_export_snapshot()", cancellationToken);
        var tables = await DatabaseTables.CountAsync(live, DatabaseProvider.PostgreSql, transaction, cancellationToken);
        var migrations = await DatabaseTables.MigrationsAsync(live, transaction, cancellationToken);

        await PgTool("pg_dump").RunAsync(
            [.. ConnectionArguments(), "--format=custom", $"--snapshot={snapshot}", $"--file={file}"], Environment(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BackupContents(migrations, tables, new FileInfo(file).Length);
    }

    public async Task<BackupContents> InspectAsync(string file, CancellationToken cancellationToken)
    {
        if (!await BackupFile.StartsWithAsync(file, Header, cancellationToken))
        {
            throw BackupFile.NotOurs(file, "pg_dump --format=custom 파일이 아닙니다", "it is not a pg_dump --format=custom file");
        }

        var pgRestore = PgTool("pg_restore");
        string list;
        string history;
        try
        {
            list = await pgRestore.RunAsync(["--list", file], null, cancellationToken);
            history = await pgRestore.RunAsync(["--data-only", $"--table={DatabaseTables.History}", "--file=-", file], null, cancellationToken);
        }
        catch (BackupFailure e)
        {
            throw BackupFile.NotOurs(file, e.Korean, e.Message);
        }

        var tables = TableEntry().Matches(list).Select(m => new TableRows(m.Groups["name"].Value, null)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        if (!tables.Any(t => t.Name == DatabaseTables.History))
        {
            throw BackupFile.NotOurs(file, "교류 데이터베이스의 마이그레이션 기록이 없습니다", "it has no Gyoryu migration history");
        }

        return new BackupContents(CopiedMigrations(history), tables, new FileInfo(file).Length);
    }

    public async Task RestoreAsync(string file, BackupContents contents, CancellationToken cancellationToken)
    {
        await DropTablesMissingFromAsync(contents, cancellationToken);
        try
        {
            await PgTool("pg_restore").RunAsync(
                [.. ConnectionArguments(), "--clean", "--if-exists", "--no-owner", "--single-transaction", file], Environment(), cancellationToken);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
        }

        // pg_restore does not restore the planner's statistics.
        await using var live = new NpgsqlConnection(connectionString);
        await live.OpenAsync(cancellationToken);
        await ScalarAsync(live, null, "ANALYZE", cancellationToken);
    }

    /// <summary>
    /// Tables a newer migration added are not in an older backup; --clean would leave them behind (and their foreign keys would stop
    /// it dropping the backup's tables), so they go first.
    /// </summary>
    private async Task DropTablesMissingFromAsync(BackupContents contents, CancellationToken cancellationToken)
    {
        await using var live = new NpgsqlConnection(connectionString);
        await live.OpenAsync(cancellationToken);
        var extra = (await DatabaseTables.NamesAsync(live, DatabaseProvider.PostgreSql, cancellationToken))
            .Except(contents.Tables.Select(t => t.Name), StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
        {
            await ScalarAsync(live, null, $"DROP TABLE IF EXISTS {string.Join(", ", extra.Select(DatabaseTables.Quote))} CASCADE", cancellationToken);
        }
    }

    /// <summary>Host, port, user and database as libpq options; the password goes through PGPASSWORD, never the command line.</summary>
    private List<string> ConnectionArguments()
    {
        var arguments = new List<string> { "--no-password" };
        if (!string.IsNullOrEmpty(connection.Host))
        {
            arguments.Add($"--host={connection.Host}");
        }

        arguments.Add($"--port={connection.Port}");
        if (!string.IsNullOrEmpty(connection.Username))
        {
            arguments.Add($"--username={connection.Username}");
        }

        arguments.Add($"--dbname={connection.Database}");
        return arguments;
    }

    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string> { ["PGAPPNAME"] = "gyoryu-backup" };
        if (!string.IsNullOrEmpty(connection.Password))
        {
            environment["PGPASSWORD"] = connection.Password;
        }

        var sslMode = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => null,
        };
        if (sslMode is not null)
        {
            environment["PGSSLMODE"] = sslMode;
        }

        return environment;
    }

    private PgTool PgTool(string name) => Backup.PgTool.Find(name, pgBinPath);

    /// <summary>The rows of the history table's COPY block in pg_restore's SQL output.</summary>
    private static List<string> CopiedMigrations(string sql)
    {
        var migrations = new List<string>();
        var inCopy = false;
        foreach (var line in sql.Split('\n'))
        {
            if (inCopy && line == "\\.")
            {
                break;
            }

            if (inCopy)
            {
                migrations.Add(line.Split('\t')[0]);
            }
            else if (line.StartsWith("COPY ", StringComparison.Ordinal) && line.Contains(DatabaseTables.History, StringComparison.Ordinal))
            {
                inCopy = true;
            }
        }

        return [.. migrations.Order(StringComparer.Ordinal)];
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>A table entry of `pg_restore --list`: "215; 1259 16390 TABLE public Partnerships gyoryu".</summary>
    [GeneratedRegex(@"^\d+; \d+ \d+ TABLE public (?<name>\S+) ", RegexOptions.Multiline)]
    private static partial Regex TableEntry();
}

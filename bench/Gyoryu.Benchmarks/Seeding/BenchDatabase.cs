using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Gyoryu.Benchmarks.Seeding;

/// <summary>The database a verb works on: a SQLite file (<c>--db PATH</c>) or a PostgreSQL database (<c>--postgres "CONNECTION"</c>).</summary>
public sealed record BenchDatabase(DatabaseProvider Provider, string ConnectionString, string Description)
{
    /// <summary>Only databases with this prefix are ever dropped by <c>dropdb</c>, so a typo cannot remove the test database.</summary>
    public const string DroppablePrefix = "gyoryu_bench_";

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    public static BenchDatabase Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, ForeignKeys = true, DefaultTimeout = 30 }.ToString();
        return new BenchDatabase(DatabaseProvider.Sqlite, connectionString, full);
    }

    public static BenchDatabase Postgres(string connectionString)
    {
        // The seed's ANALYZE of 500k rows can outlast the default 30 s command timeout on a busy machine.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 600 };
        return new BenchDatabase(DatabaseProvider.PostgreSql, builder.ConnectionString, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>Reads <c>--db</c> or <c>--postgres</c> out of the arguments; the rest are returned for the verb.</summary>
    public static (BenchDatabase? Database, List<string> Others) Parse(IReadOnlyList<string> args)
    {
        BenchDatabase? database = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--db" when value is not null: database = Sqlite(value); i++; break;
                case "--postgres" when value is not null: database = Postgres(value); i++; break;
                default: rest.Add(args[i]); break;
            }
        }

        return (database, rest);
    }

    public DbContextOptions<GyoryuDbContext> Options(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<GyoryuDbContext>();
        DatabaseSetup.Configure(options, Provider, ConnectionString);
        if (interceptors.Length > 0)
        {
            options.AddInterceptors(interceptors);
        }

        return options.Options;
    }

    public GyoryuDbContext Open(params IInterceptor[] interceptors) => new(Options(interceptors));

    /// <summary>Drops a PostgreSQL benchmark database (<see cref="DroppablePrefix"/> only), closing its other sessions.</summary>
    public static async Task<int> DropAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? string.Empty;
        if (!name.StartsWith(DroppablePrefix, StringComparison.Ordinal) || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            await Console.Error.WriteLineAsync($"refusing to drop '{name}': only databases named {DroppablePrefix}* are dropped.");
            return 2;
        }

        NpgsqlConnection.ClearAllPools();
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
        Console.WriteLine($"dropped {name}");
        return 0;
    }
}

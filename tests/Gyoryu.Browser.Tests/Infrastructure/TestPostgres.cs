using Npgsql;

namespace Gyoryu.Browser.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL pass of ./test.sh (GYORYU_TEST_DATABASE=PostgreSQL): each app server gets its own database on the throwaway
/// server named by GYORYU_TEST_POSTGRES, copied from a reference database.
/// </summary>
internal static class TestPostgres
{
    public static bool IsChosen =>
        string.Equals(Environment.GetEnvironmentVariable("GYORYU_TEST_DATABASE"), "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    private static string Server => Environment.GetEnvironmentVariable("GYORYU_TEST_POSTGRES") is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            "GYORYU_TEST_DATABASE=PostgreSQL needs GYORYU_TEST_POSTGRES, the connection string of a PostgreSQL server; ./test.sh starts one and sets both.");

    public static string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    public static async Task ExecuteAsync(string sql)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A new database with the template's contents; the reference app's sessions may take a moment to end after it is killed.</summary>
    public static async Task CopyAsync(string template, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt));
            }
        }
    }

    public static async Task DropAsync(string database)
    {
        try
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
        catch (PostgresException)
        {
            // Left on a throwaway server that ./test.sh deletes anyway.
        }
    }
}

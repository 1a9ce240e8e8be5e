using Npgsql;

namespace Gyoryu.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, uniquely named PostgreSQL database per test class (<c>IClassFixture&lt;PostgresDatabase&gt;</c>),
/// created on the server named by GYORYU_TEST_POSTGRES and dropped on dispose. Without that variable
/// every test using it fails: ./test.sh starts a throwaway server and sets it.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "GYORYU_TEST_POSTGRES";

    private string? template;

    /// <summary>A database created as a copy of <paramref name="template"/>, which no one may be connected to meanwhile.</summary>
    public static PostgresDatabase CopyOf(string template) => new() { template = template };

    private string? connectionString;
    private string? maintenanceConnectionString;

    public string Name { get; } = $"gyoryu_t_{Guid.NewGuid():N}";

    /// <summary>The connection string of this class's own database.</summary>
    public string ConnectionString => connectionString
        ?? throw new InvalidOperationException("The PostgreSQL test database has not been created.");

    public async Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh from the repository root: "
                + "it starts a throwaway PostgreSQL 15 on 127.0.0.1 and sets the variable.");
        }

        maintenanceConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }
            .ConnectionString;
        await CreateAsync();
        connectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (connectionString is null)
        {
            return;
        }

        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // An autovacuum worker on the freshly filled database cannot be ended by the test role; it finishes soon, so try again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException) when (attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt));
            }
            catch (PostgresException)
            {
                // Left behind on a throwaway server that ./test.sh deletes anyway; not worth failing a passed test for.
                return;
            }
        }
    }

    /// <summary>An empty database, or a copy of the template; the template's last sessions may take a moment to end after its app stopped.</summary>
    private async Task CreateAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(template is null ? $"CREATE DATABASE \"{Name}\"" : $"CREATE DATABASE \"{Name}\" TEMPLATE \"{template}\"");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt));
            }
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

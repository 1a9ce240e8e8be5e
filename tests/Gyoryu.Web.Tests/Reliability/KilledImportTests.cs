using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gyoryu.Web.Tests.Reliability;

/// <summary>
/// `import-twins` killed with SIGKILL while it writes: the database must be exactly as before (the import is one transaction), and
/// importing the same file again must then succeed completely.
/// </summary>
internal static partial class KilledImport
{
    private const int Rows = 3000;

    public static async Task ProveAsync(string provider, string connectionString, Func<DbConnection> open)
    {
        var folder = Directory.CreateTempSubdirectory("gyoryu-killed-import-");
        try
        {
            var file = Path.Combine(folder.FullName, "twins.csv");
            await File.WriteAllTextAsync(file, LargeList(Guid.NewGuid().ToString("N")[..6]), Encoding.UTF8);

            // Whatever starting the app writes (migrations, seed) belongs to the "before".
            var prepared = await AppProcess.RunAsync(provider, connectionString, "import-twins", Path.Combine(folder.FullName, "missing.csv"));
            prepared.ExitCode.ShouldBe(2, prepared.Error);
            var before = await FingerprintAsync(open);

            var lastProgress = await KillMidImportAsync(provider, connectionString, file);

            var after = await FingerprintAsync(open);
            after.ShouldBe(before, $"the killed import (last progress '{lastProgress}') left changes behind");
            if (provider == "Sqlite")
            {
                await using var connection = open();
                await connection.OpenAsync();
                await using var check = connection.CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                (await check.ExecuteScalarAsync()).ShouldBe("ok");
            }

            var again = await AppProcess.RunAsync(provider, connectionString, "import-twins", file, "--lang", "en");
            again.ExitCode.ShouldBe(0, again.Output + again.Error);
            again.Output.ShouldContain($"{Rows:N0} rows, {Rows:N0} links added, 0 already known, {2 * Rows:N0} places created, 0 rows unmatched");
            var imported = await FingerprintAsync(open);
            imported["TwinLinks"].ShouldStartWith($"{Count(before["TwinLinks"]) + Rows} rows");
            imported["TwinImports"].ShouldStartWith($"{Count(before["TwinImports"]) + 1} rows");
            imported["ForeignCities"].ShouldStartWith($"{Count(before["ForeignCities"]) + 2 * Rows} rows");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Starts the import, waits for its first progress line from inside the transaction (places or links written), and kills it.</summary>
    private static async Task<string> KillMidImportAsync(string provider, string connectionString, string file)
    {
        using var process = AppProcess.Start(provider, connectionString, "import-twins", file, "--lang", "en");
        var midway = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                midway.TrySetException(new InvalidOperationException($"The import ended before it was killed:\n{seen}"));
                return;
            }

            lock (seen)
            {
                seen.AppendLine(e.Data);
            }

            if (Written().Match(e.Data) is { Success: true } m && int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) > 0)
            {
                midway.TrySetResult(e.Data);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var line = await midway.Task.WaitAsync(TimeSpan.FromMinutes(3));
        process.Kill(); // SIGKILL on Linux: no finally blocks, no rollback by the app.
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(137, "the process should have died of SIGKILL, not ended on its own");
        return line;
    }

    private static string LargeList(string tag)
    {
        var text = new StringBuilder("city1,country1,lat1,lng1,city2,country2,lat2,lng2\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Kilvor{tag}{i},France,{45 + (i % 900 / 1000.0):0.000},2.5,Dremstad{tag}{i},Germany,50.1,{8 + (i % 900 / 1000.0):0.000}\n");
        }

        return text.ToString();
    }

    private static async Task<SortedDictionary<string, string>> FingerprintAsync(Func<DbConnection> open)
    {
        await using var connection = open();
        await connection.OpenAsync();
        return await DatabaseFingerprint.TakeAsync(connection);
    }

    private static int Count(string print) => int.Parse(print.Split(' ')[0], CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:Creating places|Saving links) ([\d,]+)/")]
    private static partial Regex Written();
}

[Collection(WritableAppCollection.Name)]
public sealed class KilledImportTests(WritableApp app)
{
    [Fact]
    public async Task An_import_killed_mid_transaction_leaves_the_database_as_it_was_and_a_second_import_succeeds()
    {
        if (app.IsPostgreSql)
        {
            // A database of its own, which the child process migrates and seeds before the fingerprint is taken.
            var database = new PostgresDatabase();
            await database.InitializeAsync();
            try
            {
                await KilledImport.ProveAsync("PostgreSQL", database.ConnectionString, () => new NpgsqlConnection(database.ConnectionString));
            }
            finally
            {
                await database.DisposeAsync();
            }

            return;
        }

        // A copy of the shared app's database, so the child process has a migrated and seeded file of its own.
        var folder = Directory.CreateTempSubdirectory("gyoryu-killed-sqlite-");
        var path = Path.Combine(folder.FullName, "gyoryu.db");
        try
        {
            await using (var source = new SqliteConnection(app.ConnectionString))
            {
                await source.OpenAsync();
                await using var copy = source.CreateCommand();
                copy.CommandText = "VACUUM INTO $path";
                copy.Parameters.AddWithValue("$path", path);
                await copy.ExecuteNonQueryAsync();
            }

            var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
            await KilledImport.ProveAsync("Sqlite", connectionString, () => new SqliteConnection(connectionString));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}

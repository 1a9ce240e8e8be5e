using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Gyoryu.Browser.Tests.Infrastructure;

/// <summary>
/// The real built app (Gyoryu.Web.dll) as a child process on a free loopback port, with demo data in a throwaway SQLite file
/// (or, with GYORYU_TEST_DATABASE=PostgreSQL, a throwaway database on the test PostgreSQL server) and its content root at
/// src/Gyoryu.Web so wwwroot resolves.
/// </summary>
public class AppServer : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    // Loading the world-city table takes most of a cold start, so it is done once per test run and copied.
    private static readonly Lazy<Task<string>> ReferenceDatabase = new(CreateReferenceDatabaseAsync);
    private static readonly Lazy<Task<string>> ReferencePostgresDatabase = new(CreateReferencePostgresDatabaseAsync);

    private readonly StringBuilder output = new();
    private readonly string dataDir = Directory.CreateTempSubdirectory("gyoryu-app-").FullName;
    private readonly bool demoData;
    private readonly IReadOnlyDictionary<string, string> settings;
    private Process? process;
    private string? postgresDatabase;

    public AppServer()
        : this(demoData: true)
    {
    }

    /// <param name="demoData">Whether the app seeds the demo partnerships of 김포 and 용인 (reference tables are always there).</param>
    /// <param name="settings">Further configuration as environment variables, e.g. <c>Gyoryu__Benchmark__BareEndpoint</c>.</param>
    protected AppServer(bool demoData, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.demoData = demoData;
        this.settings = settings ?? new Dictionary<string, string>();
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>The SQLite file or PostgreSQL database this server's app writes to.</summary>
    public string DatabaseName { get; private set; } = "";

    /// <summary>What the app has written to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        Database database;
        if (TestPostgres.IsChosen)
        {
            var reference = await ReferencePostgresDatabase.Value;
            postgresDatabase = $"gyoryu_b_{Guid.NewGuid():N}";
            await TestPostgres.CopyAsync(reference, postgresDatabase);
            database = Database.PostgreSql(TestPostgres.ConnectionStringFor(postgresDatabase));
            DatabaseName = postgresDatabase;
        }
        else
        {
            var file = Path.Combine(dataDir, "gyoryu.db");
            File.Copy(await ReferenceDatabase.Value, file);
            database = Database.SqliteFile(file);
            DatabaseName = file;
        }

        (process, BaseUrl) = Start(database, demoData, Append, settings);
        await WaitUntilLiveAsync(process, BaseUrl, StartupTimeout, () => Output);
    }

    /// <summary>What the app process is told about its database.</summary>
    private sealed record Database(string Provider, string ConnectionString)
    {
        public static Database SqliteFile(string path) => new("Sqlite", $"Data Source={path}");

        public static Database PostgreSql(string connectionString) => new("PostgreSQL", connectionString);
    }

    private static (Process Process, string BaseUrl) Start(
        Database database, bool demoData, Action<string?> append, IReadOnlyDictionary<string, string>? settings = null)
    {
        var appDll = Path.Combine(AppContext.BaseDirectory, "Gyoryu.Web.dll");
        if (!File.Exists(appDll) || !File.Exists(Path.ChangeExtension(appDll, ".runtimeconfig.json")))
        {
            throw new InvalidOperationException($"{appDll} (with its runtimeconfig.json) is missing: build the solution first.");
        }

        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var contentRoot = RepoRoot.Combine("src", "Gyoryu.Web");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { appDll, "--urls", baseUrl, "--contentRoot", contentRoot })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_CONTENTROOT"] = contentRoot;
        start.Environment["ConnectionStrings__Gyoryu"] = database.ConnectionString;
        start.Environment["Gyoryu__Database__Provider"] = database.Provider;
        start.Environment["Gyoryu__DemoData"] = demoData ? "true" : "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => append(e.Data);
        process.ErrorDataReceived += (_, e) => append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, baseUrl);
    }

    /// <summary>Migrates a database and loads the reference tables, once, with no partnerships; servers start from copies.</summary>
    private static async Task<string> CreateReferenceDatabaseAsync()
    {
        var folder = Directory.CreateTempSubdirectory("gyoryu-reference-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        var live = Path.Combine(folder, "live.db");
        var log = new StringBuilder();
        await PrepareAsync(Database.SqliteFile(live), log);

        // VACUUM INTO folds the write-ahead log into one self-contained file.
        var template = Path.Combine(folder, "reference.db");
        using (var connection = new SqliteConnection($"Data Source={live};Pooling=False"))
        {
            connection.Open();
            using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $path";
            vacuum.Parameters.AddWithValue("$path", template);
            vacuum.ExecuteNonQuery();
        }

        return template;
    }

    /// <summary>The PostgreSQL twin of the reference file: a database that each server's own database is created from as a template.</summary>
    private static async Task<string> CreateReferencePostgresDatabaseAsync()
    {
        var name = $"gyoryu_b_reference_{Guid.NewGuid():N}";
        await TestPostgres.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TestPostgres.DropAsync(name).GetAwaiter().GetResult();
        await PrepareAsync(Database.PostgreSql(TestPostgres.ConnectionStringFor(name)), new StringBuilder());
        return name;
    }

    /// <summary>Runs the app once over an empty database, which migrates it and loads the reference tables, and stops it.</summary>
    private static async Task PrepareAsync(Database database, StringBuilder log)
    {
        void Log(string? line)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }

        string Logged()
        {
            lock (log)
            {
                return log.ToString();
            }
        }

        var (app, baseUrl) = Start(database, demoData: false, Log);
        try
        {
            await WaitUntilLiveAsync(app, baseUrl, TimeSpan.FromSeconds(180), Logged);
        }
        finally
        {
            Stop(app);
        }
    }

    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            Stop(process);
        }

        TryDelete(dataDir);
        if (postgresDatabase is not null)
        {
            await TestPostgres.DropAsync(postgresDatabase);
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static async Task WaitUntilLiveAsync(Process process, string baseUrl, TimeSpan timeout, Func<string> output)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        string lastProblem = "no answer yet";
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                process.WaitForExit(); // Drains the redirected output.
                throw new InvalidOperationException(
                    $"Gyoryu.Web exited with code {process.ExitCode} before /health/live answered.\n--- app output ---\n{output()}");
            }

            try
            {
                using var response = await http.GetAsync($"{baseUrl}/health/live");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                lastProblem = $"/health/live answered {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lastProblem = e.Message;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException(
            $"Gyoryu.Web did not answer 200 on {baseUrl}/health/live within {timeout.TotalSeconds:0} s ({lastProblem}).\n--- app output ---\n{output()}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The app with its reference tables but no demo partnerships: nothing is registered yet.</summary>
public sealed class AppServerWithoutDemoData : AppServer
{
    // The demo accounts still exist, so the journeys sign in as 김포's officer.
    public AppServerWithoutDemoData()
        : base(demoData: false, new Dictionary<string, string> { ["Gyoryu__DemoAccounts"] = "true" })
    {
    }
}

/// <summary>Journeys share one app process and one browser: <c>[Collection(AppServerCollection.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class AppServerCollection : ICollectionFixture<AppServer>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "App server";
}

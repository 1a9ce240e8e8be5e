using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gyoryu.Browser.Tests.Infrastructure;

/// <summary>
/// The real built app (Gyoryu.Web.dll) as a child process on a free loopback port, with demo data
/// in a throwaway SQLite file and its content root at src/Gyoryu.Web so wwwroot resolves.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder output = new();
    private readonly string dataDir = Directory.CreateTempSubdirectory("gyoryu-app-").FullName;
    private Process? process;

    public string BaseUrl { get; private set; } = "";

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
        var appDll = Path.Combine(AppContext.BaseDirectory, "Gyoryu.Web.dll");
        if (!File.Exists(appDll) || !File.Exists(Path.ChangeExtension(appDll, ".runtimeconfig.json")))
        {
            throw new InvalidOperationException($"{appDll} (with its runtimeconfig.json) is missing: build the solution first.");
        }

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var contentRoot = RepoRoot.Combine("src", "Gyoryu.Web");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { appDll, "--urls", BaseUrl, "--contentRoot", contentRoot })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_CONTENTROOT"] = contentRoot;
        start.Environment["ConnectionStrings__Gyoryu"] = $"Data Source={Path.Combine(dataDir, "gyoryu.db")}";
        start.Environment["Gyoryu__Database__Provider"] = "Sqlite";
        start.Environment["Gyoryu__DemoData"] = "true";
        start.Environment["DOTNET_NOLOGO"] = "1";

        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await WaitUntilLiveAsync();
    }

    public Task DisposeAsync()
    {
        if (process is not null)
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

        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        string lastProblem = "no answer yet";
        while (deadline.Elapsed < StartupTimeout)
        {
            if (process!.HasExited)
            {
                process.WaitForExit(); // Drains the redirected output.
                throw new InvalidOperationException(
                    $"Gyoryu.Web exited with code {process.ExitCode} before /health/live answered.\n--- app output ---\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/health/live");
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
            $"Gyoryu.Web did not answer 200 on {BaseUrl}/health/live within {StartupTimeout.TotalSeconds:0} s ({lastProblem}).\n--- app output ---\n{Output}");
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

/// <summary>Journeys share one app process and one browser: <c>[Collection(AppServerCollection.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class AppServerCollection : ICollectionFixture<AppServer>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "App server";
}

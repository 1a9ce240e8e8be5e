using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gyoryu.Web.Tests.Infrastructure.Hosting;

/// <summary>The built app (Gyoryu.Web.dll beside the tests) as a real child process on a loopback port.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private RunningApp(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

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

    /// <summary>Starts the app with these settings (environment variables, e.g. ConnectionStrings__Gyoryu) and waits until it is ready.</summary>
    public static async Task<RunningApp> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan? timeout = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Gyoryu.Web.dll");
        var contentRoot = Path.Combine(RepositoryRoot(), "src", "Gyoryu.Web");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", contentRoot })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var app = new RunningApp(new Process { StartInfo = start, EnableRaisingEvents = true }, $"http://127.0.0.1:{port}");
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync(timeout ?? TimeSpan.FromSeconds(240));
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var ready = await http.GetAsync($"{BaseUrl}/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy migrating.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app was not ready within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gyoryu.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Gyoryu.slnx above {AppContext.BaseDirectory}.");
    }
}

using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Reliability;

/// <summary>The built app (Gyoryu.Web.dll beside the tests) run as a child process on a given database, as an operator runs a verb.</summary>
internal static class AppProcess
{
    public static Process Start(string provider, string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Gyoryu.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The reference data (countries, cities) is read from the project's node_modules, as under WebApplicationFactory.
        start.Environment["ASPNETCORE_CONTENTROOT"] = ProjectFolder();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Gyoryu"] = connectionString;
        start.Environment["Gyoryu__Database__Provider"] = provider;
        start.Environment["Gyoryu__DemoData"] = "true";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>Runs a verb to its end and returns its exit code and both outputs.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string provider, string connectionString, params string[] arguments)
    {
        using var process = Start(provider, connectionString, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string ProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "Gyoryu.Web");
            if (File.Exists(Path.Combine(project, "Gyoryu.Web.csproj")))
            {
                return project;
            }
        }

        throw new InvalidOperationException($"No src/Gyoryu.Web above {AppContext.BaseDirectory}.");
    }
}

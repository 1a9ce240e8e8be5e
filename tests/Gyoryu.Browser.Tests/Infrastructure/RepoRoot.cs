namespace Gyoryu.Browser.Tests.Infrastructure;

/// <summary>
/// The repository root: the nearest folder above the test assembly that holds Gyoryu.slnx, or above this source file when the
/// build wrote its output elsewhere (<c>--artifacts-path</c>).
/// </summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Find() =>
        Above(AppContext.BaseDirectory) ?? Above(System.IO.Path.GetDirectoryName(ThisFile())!)
        ?? throw new InvalidOperationException($"No Gyoryu.slnx above {AppContext.BaseDirectory} or {ThisFile()}.");

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Gyoryu.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}

namespace Gyoryu.Web.Tests.Data.Reference;

/// <summary>src/Gyoryu.Web/node_modules, which the build fills from package.json; GYORYU_NODE_MODULES overrides it.</summary>
internal static class NodeModules
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("GYORYU_NODE_MODULES") is { Length: > 0 } overridden)
        {
            return overridden;
        }

        // Above the test assembly, or above this source file when the build wrote its output elsewhere (--artifacts-path).
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(ThisFile())! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Gyoryu.slnx")))
                {
                    return System.IO.Path.Combine(dir.FullName, "src", "Gyoryu.Web", "node_modules");
                }
            }
        }

        throw new InvalidOperationException($"No Gyoryu.slnx above {AppContext.BaseDirectory}.");
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}

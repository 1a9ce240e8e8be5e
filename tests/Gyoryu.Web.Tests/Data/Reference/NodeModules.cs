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

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Gyoryu.slnx")))
            {
                return System.IO.Path.Combine(dir.FullName, "src", "Gyoryu.Web", "node_modules");
            }
        }

        throw new InvalidOperationException($"No Gyoryu.slnx above {AppContext.BaseDirectory}.");
    }
}

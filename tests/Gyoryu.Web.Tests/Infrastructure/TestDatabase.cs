namespace Gyoryu.Web.Tests.Infrastructure;

/// <summary>
/// Which database the shared test apps run on. ./test.sh runs this project twice: once on SQLite files (the default) and once
/// with GYORYU_TEST_DATABASE=PostgreSQL, where every <see cref="GyoryuAppFactory"/> gets its own database on the throwaway server.
/// A class that only makes sense on one of them says so with <see cref="Trait"/>, and the other pass leaves it out.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "GYORYU_TEST_DATABASE";

    /// <summary>The trait name: <c>[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]</c>.</summary>
    public const string Trait = "Database";

    public const string SqliteOnly = "SqliteOnly";

    public const string PostgreSqlOnly = "PostgreSqlOnly";

    public static bool IsPostgreSql
    {
        get
        {
            var chosen = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrWhiteSpace(chosen) || string.Equals(chosen, "Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return string.Equals(chosen, "PostgreSQL", StringComparison.OrdinalIgnoreCase)
                ? true
                : throw new InvalidOperationException($"{Variable} is '{chosen}'; it must be Sqlite or PostgreSQL.");
        }
    }
}

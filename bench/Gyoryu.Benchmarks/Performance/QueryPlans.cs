using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Gyoryu.Benchmarks.Seeding;
using Gyoryu.Web.Features.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gyoryu.Benchmarks.Performance;

/// <summary>
/// <c>plans (--db PATH | --postgres CONNECTION)</c>: runs the three KpiQueries calls the dashboard and the KPI page make, captures
/// the SQL and parameters EF sends, and prints the database's plan for exactly that SQL (EXPLAIN QUERY PLAN on SQLite,
/// EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL) with a verdict: does Activities get searched through an index, or scanned?
/// <c>pick</c> prints only the targets, one <c>KEY=value</c> a line, for the load script.
/// </summary>
public static partial class QueryPlans
{
    public static async Task<int> PickAsync(string[] args)
    {
        var (database, _) = BenchDatabase.Parse(args);
        if (database is null)
        {
            await Console.Error.WriteLineAsync("usage: Gyoryu.Benchmarks pick (--db PATH | --postgres \"CONNECTION\")");
            return 2;
        }

        await using var db = database.Open();
        var targets = await KpiTargets.FindAsync(db, DateTimeOffset.UtcNow);
        Console.WriteLine($"GOVERNMENT={targets.GovernmentCode}");
        Console.WriteLine($"GOVERNMENT_PARTNERSHIPS={targets.GovernmentPartnershipIds.Length}");
        Console.WriteLine($"PARTNERSHIP={targets.PartnershipId}");
        Console.WriteLine($"PARTNERSHIP_ACTIVITIES={targets.PartnershipActivities}");
        return 0;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var (database, _) = BenchDatabase.Parse(args);
        if (database is null)
        {
            await Console.Error.WriteLineAsync("usage: Gyoryu.Benchmarks plans (--db PATH | --postgres \"CONNECTION\")");
            return 2;
        }

        var capture = new CommandCapture();
        await using var db = database.Open(capture);
        var targets = await KpiTargets.FindAsync(db, DateTimeOffset.UtcNow);
        var kpis = new KpiQueries(db);
        var calls = new (string Name, Func<Task> Call)[]
        {
            ($"ByYearAsync(partnership {targets.PartnershipId}, as of {targets.Today:yyyy-MM-dd}): the KPI page's yearly table",
                () => kpis.ByYearAsync(targets.PartnershipId, targets.Today, CancellationToken.None)),
            ($"ForGovernmentAsync({targets.GovernmentCode}, {targets.Year}): the dashboard's KPIs of every partnership for the year",
                () => kpis.ForGovernmentAsync(targets.GovernmentCode, targets.Year, targets.Today, CancellationToken.None)),
            ($"LastActivitiesAsync({targets.GovernmentPartnershipIds.Length} partnerships of {targets.GovernmentCode}): the dashboard's dormancy alert",
                () => kpis.LastActivitiesAsync(targets.GovernmentPartnershipIds, targets.Today, CancellationToken.None)),
        };

        Console.WriteLine($"{database.Description}; {targets}");
        var scans = 0;
        foreach (var (name, call) in calls)
        {
            capture.Commands.Clear();
            await call();
            Console.WriteLine();
            Console.WriteLine($"### {name}");

            // A call may send more than one command (LastActivitiesAsync: the top ids, then those rows); each gets its plan.
            foreach (var (sql, parameters) in capture.Commands.ToList())
            {
                var plan = await ExplainAsync(db, database.IsSqlite, sql, parameters);
                var verdict = Verdict(database.IsSqlite, sql, plan);
                scans += verdict.StartsWith("SCANS", StringComparison.Ordinal) ? 1 : 0;
                Console.WriteLine();
                Console.WriteLine("```sql");
                Console.WriteLine(sql);
                Console.WriteLine("```");
                Console.WriteLine();
                Console.WriteLine("Parameters: " + string.Join(", ", parameters.Select(p => $"{p.Name} = {Show(p.Value)}")));
                Console.WriteLine();
                Console.WriteLine("```text");
                Console.WriteLine(plan);
                Console.WriteLine("```");
                Console.WriteLine();
                Console.WriteLine($"Verdict: {verdict}");
            }
        }

        return scans == 0 ? 0 : 1;
    }

    private static async Task<string> ExplainAsync(DbContext db, bool sqlite, string sql, IReadOnlyList<CapturedParameter> parameters)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + sql;
        foreach (var captured in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = captured.Name;
            parameter.Value = captured.Value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var text = new StringBuilder();
        await using var reader = await command.ExecuteReaderAsync();
        var depth = new Dictionary<long, int> { [0] = 0 };
        while (await reader.ReadAsync())
        {
            if (sqlite)
            {
                // Rows are (id, parent, notused, detail); indent each by its depth in the tree, as the sqlite3 shell does.
                var id = reader.GetInt64(0);
                var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
                depth[id] = level;
                text.Append(' ', (level - 1) * 2).Append("|--").AppendLine(reader.GetString(3));
            }
            else
            {
                text.AppendLine(reader.GetString(0));
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Whether every read of Activities goes through an index (a SEARCH, or an index scan on PostgreSQL).</summary>
    private static string Verdict(bool sqlite, string sql, string plan)
    {
        if (sqlite)
        {
            var aliases = ActivitiesAlias().Matches(sql).Select(m => m.Groups[1].Value).Distinct().ToList();
            var lines = plan.Split('\n').Select(l => l.Trim().TrimStart('|', '-')).ToList();
            var reads = lines.Where(l => aliases.Any(a => Regex.IsMatch(l, $"^(SCAN|SEARCH) {a}( |$)"))).ToList();
            var scansTable = reads.Where(l => l.StartsWith("SCAN", StringComparison.Ordinal) && !l.Contains("INDEX", StringComparison.Ordinal)).ToList();
            var scansIndex = reads.Where(l => l.StartsWith("SCAN", StringComparison.Ordinal) && l.Contains("INDEX", StringComparison.Ordinal)).ToList();
            return scansTable.Count > 0 ? $"SCANS Activities ({string.Join("; ", scansTable)})"
                : scansIndex.Count > 0 ? $"SCANS a whole index of Activities ({string.Join("; ", scansIndex)})"
                : $"index search only ({string.Join("; ", reads)})";
        }

        var seq = plan.Split('\n').Where(l => l.Contains("Seq Scan on \"Activities\"", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        var indexed = IndexUse().Matches(plan).Select(m => m.Value).Distinct().ToList();
        return seq.Count > 0 ? $"SCANS Activities ({string.Join("; ", seq)})" : $"index only ({string.Join("; ", indexed)})";
    }

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        string s => $"'{s}'",
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object>()) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    [GeneratedRegex("\"Activities\" AS \"(\\w+)\"")]
    private static partial Regex ActivitiesAlias();

    [GeneratedRegex("(Index Only Scan|Index Scan|Bitmap Index Scan)( Backward)? (using|on) \"?IX_Activities_\\w+\"?")]
    private static partial Regex IndexUse();

    private sealed record CapturedParameter(string Name, object? Value);

    /// <summary>Keeps the text and parameter values of every query EF sends, so the plan is of the very SQL the app runs.</summary>
    private sealed class CommandCapture : DbCommandInterceptor
    {
        public List<(string Sql, IReadOnlyList<CapturedParameter> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => new CapturedParameter(p.ParameterName, p.Value))]));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

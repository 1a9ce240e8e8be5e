using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Infrastructure;

/// <summary>
/// Every table's row count and a hash of its rows (written out and sorted, so their order does not matter): two equal
/// fingerprints mean equal data, on SQLite and PostgreSQL alike.
/// </summary>
public static class DatabaseFingerprint
{
    /// <summary>The app's whole database as "table: N rows, hash" lines.</summary>
    public static async Task<IReadOnlyList<string>> OfAsync(GyoryuAppFactory app)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            await db.Database.OpenConnectionAsync();
            var prints = await TakeAsync(db.Database.GetDbConnection());
            return [.. prints.Select(print => $"{print.Key}: {print.Value}")];
        }
    }

    /// <summary>"N rows, hash" per table of an open connection, or of only the tables named.</summary>
    public static async Task<SortedDictionary<string, string>> TakeAsync(DbConnection connection, params string[] only)
    {
        var tableQuery = connection is SqliteConnection
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
        var tables = (await RowsAsync(connection, tableQuery)).ToList();

        var prints = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in only.Length == 0 ? tables : tables.Intersect(only, StringComparer.Ordinal))
        {
            var rows = await RowsAsync(connection, $"SELECT * FROM \"{table}\"");
            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))[..16];
            prints[table] = $"{rows.Count} rows, {hash}";
        }

        return prints;
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Text(reader.GetValue(i));
            }

            rows.Add(string.Join('\u001f', values));
        }

        return rows;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "∅",
        byte[] bytes => Convert.ToHexString(bytes),
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(",", items.Cast<object>().Select(Text)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}

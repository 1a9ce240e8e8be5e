using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Infrastructure.Backup;

/// <summary>Every table of the app's database as "name rows hash", the hash over its rows written out and sorted, so two equal lists mean equal data.</summary>
public static class DatabaseFingerprint
{
    public static async Task<IReadOnlyList<string>> OfAsync(GyoryuAppFactory app)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            var tableQuery = app.IsPostgreSql
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            var tables = (await RowsAsync(connection, tableQuery)).Select(row => row.Split('\u001f')[0]).ToList();
            var fingerprint = new List<string>();
            foreach (var table in tables)
            {
                var rows = await RowsAsync(connection, $"SELECT * FROM \"{table}\"");
                rows.Sort(StringComparer.Ordinal);
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))[..16];
                fingerprint.Add($"{table} {rows.Count} {hash}");
            }

            return fingerprint;
        }
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

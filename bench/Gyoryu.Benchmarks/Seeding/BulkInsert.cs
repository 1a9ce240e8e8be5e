using System.Data.Common;
using System.Globalization;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Gyoryu.Benchmarks.Seeding;

/// <summary>
/// Inserts many rows of one entity in one transaction, bypassing the change tracker: a prepared INSERT reused for every row on
/// SQLite (the fastest way into one SQLite file, as the twin importer found), binary COPY on PostgreSQL. Columns, names and
/// value conversions come from the EF model, so the rows are stored exactly as SaveChanges would store them.
/// </summary>
internal static class BulkInsert
{
    public static async Task<int> RunAsync<T>(GyoryuDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var columns = entity.GetProperties().Where(p => p != key && p.GetColumnName(table) is not null)
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping()))
            .ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var columnList = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        return connection is NpgsqlConnection npgsql
            ? await CopyAsync(npgsql, tableName, columnList, columns, rows, cancellationToken)
            : await InsertAsync(connection, tableName, columnList, columns, rows, cancellationToken);
    }

    private static async Task<int> InsertAsync<T>(
        DbConnection connection, string tableName, string columnList, Column[] columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        // Rows arrive in entry order, so every index takes random inserts: with SQLite's default 2 MB cache the one big transaction
        // spills and rewrites the same pages into the WAL over and over (1.3 GB of WAL for 500k rows). 512 MB keeps them in memory.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -524288";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {tableName} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private static async Task<int> CopyAsync<T>(
        NpgsqlConnection connection, string tableName, string columnList, Column[] columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        // "character varying(200)" -> "character varying": COPY wants the type's name, not its modifiers.
        var types = columns.Select(c => c.Mapping.StoreType.Split('(')[0]).ToArray();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {tableName} ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            // Completing waits for the server to finish the rows and their four indexes: longer than the default 30 s on a busy machine.
            importer.Timeout = TimeSpan.FromMinutes(10);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < columns.Length; i++)
                {
                    if (columns[i].ProviderValue(row) is { } value)
                    {
                        await importer.WriteAsync(value, types[i], cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }

                count++;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        private readonly IClrPropertyGetter getter = Property.GetGetter();

        public object? ProviderValue(object row)
        {
            var value = getter.GetClrValueUsingContainingEntity(row);
            return value is not null && Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}

using System.Data.Common;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Database;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Data.Migrations;

/// <summary>SQLite: each database is a file in this class's temporary folder; EF's own history and lock tables are left out.</summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class SqliteMigrationSchemaTests : MigrationSchemaTests, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "gyoryu-migration-tests", Guid.NewGuid().ToString("N"));

    public SqliteMigrationSchemaTests() => Directory.CreateDirectory(folder);

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    protected override Task<EmptyDatabase> CreateEmptyDatabaseAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, $"{Guid.NewGuid():N}.db"), ForeignKeys = true }.ToString();
        return Task.FromResult(new EmptyDatabase(connectionString, () => Task.CompletedTask));
    }

    protected override async Task<Schema> ReadSchemaAsync(DbConnection connection)
    {
        var schema = new Schema();
        var tables = await QueryAsync(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')");
        foreach (var table in tables)
        {
            var name = table[0]!;
            schema.Tables.Add($"{name}{(table[1]!.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase) ? " autoincrement" : string.Empty)}");

            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{name}')"))
            {
                schema.Columns.Add($"{name}.{c[0]} {c[1]} {(c[2] == "1" ? "NOT NULL" : "NULL")} default={c[3]} pk={c[4]}");
            }

            foreach (var index in await QueryAsync(connection, $"SELECT name, \"unique\", origin, partial FROM pragma_index_list('{name}')"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                var sql = (await QueryAsync(connection, $"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '{index[0]}'")).SingleOrDefault()?[0];
                var filter = sql is null ? null : sql.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? sql[(at + 7)..] : null;
                schema.Indexes.Add(
                    $"{name}.{index[0]} ({string.Join(", ", columns.Select(col => col[0]))}) unique={index[1]} origin={index[2]} partial={index[3]} filter={filter}");
            }

            foreach (var fk in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{name}')"))
            {
                schema.ForeignKeys.Add($"{name}.{fk[1]} -> {fk[0]}.{fk[2]} on update {fk[3]} on delete {fk[4]}");
            }
        }

        return schema;
    }
}

/// <summary>PostgreSQL: each database is a fresh one on the server named by GYORYU_TEST_POSTGRES.</summary>
[Trait(TestDatabase.Trait, TestDatabase.PostgreSqlOnly)]
public sealed class PostgreSqlMigrationSchemaTests : MigrationSchemaTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override async Task<EmptyDatabase> CreateEmptyDatabaseAsync()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        return new EmptyDatabase(database.ConnectionString, database.DisposeAsync);
    }

    protected override async Task<Schema> ReadSchemaAsync(DbConnection connection)
    {
        var schema = new Schema();
        foreach (var t in await QueryAsync(connection,
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory'"))
        {
            schema.Tables.Add(t[0]!);
        }

        foreach (var c in await QueryAsync(connection,
                     """
                     SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default, is_identity, identity_generation
                     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
                     """))
        {
            schema.Columns.Add($"{c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} default={c[5]} identity={c[6]} {c[7]}");
        }

        foreach (var i in await QueryAsync(connection,
                     "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'"))
        {
            schema.Indexes.Add($"{i[0]}.{i[1]}: {i[2]}");
        }

        foreach (var k in await QueryAsync(connection,
                     """
                     SELECT rel.relname, con.conname, con.contype, pg_get_constraintdef(con.oid)
                     FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
                     WHERE ns.nspname = 'public' AND rel.relname <> '__EFMigrationsHistory'
                     """))
        {
            schema.ForeignKeys.Add($"{k[0]}.{k[1]} ({k[2]}): {k[3]}");
        }

        return schema;
    }
}

/// <summary>
/// The migrations are written by hand (no design-time package here), so nothing but this test ties them to the model:
/// a database built by <c>Migrate()</c> must have exactly the schema <c>EnsureCreated()</c> builds from the model.
/// </summary>
public abstract class MigrationSchemaTests
{
    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task The_migrated_schema_is_the_schema_of_the_model()
    {
        await using var migratedDatabase = await CreateEmptyDatabaseAsync();
        await using var createdDatabase = await CreateEmptyDatabaseAsync();
        Schema migrated, created;
        await using (var db = NewContext(migratedDatabase))
        {
            await db.Database.MigrateAsync();
            migrated = await ReadSchemaAsync(db);
        }

        await using (var db = NewContext(createdDatabase))
        {
            (await db.Database.EnsureCreatedAsync()).ShouldBeTrue();
            created = await ReadSchemaAsync(db);
        }

        // Counts first, so that a schema reader that reads nothing cannot pass by comparing two empty sets.
        created.Tables.Count.ShouldBe(37);
        created.Columns.Count.ShouldBe(354);
        created.Indexes.Count(i => i.Contains(".IX_", StringComparison.Ordinal)).ShouldBe(57);
        created.ForeignKeys.Count(k => k.Contains("FK_", StringComparison.Ordinal) || k.Contains(" -> ", StringComparison.Ordinal)).ShouldBe(46);
        ShouldMatch("tables", migrated.Tables, created.Tables);
        ShouldMatch("columns", migrated.Columns, created.Columns);
        ShouldMatch("indexes", migrated.Indexes, created.Indexes);
        ShouldMatch("foreign keys and constraints", migrated.ForeignKeys, created.ForeignKeys);
    }

    [Fact]
    public async Task The_live_pair_index_is_unique_and_filtered_on_the_migrated_database()
    {
        await using var database = await CreateEmptyDatabaseAsync();
        await using var db = NewContext(database);
        await db.Database.MigrateAsync();

        var index = (await ReadSchemaAsync(db)).Indexes.Single(i => i.Contains("IX_Partnerships_PairKey_Live", StringComparison.Ordinal));

        index.ShouldContain("PairKey");
        index.ShouldContain("Terminated");
        index.ShouldContain(Provider == DatabaseProvider.Sqlite ? "unique=1" : "CREATE UNIQUE INDEX");
    }

    [Fact]
    public async Task No_migration_is_pending_after_migrating()
    {
        await using var database = await CreateEmptyDatabaseAsync();
        await using var db = NewContext(database);

        var all = db.Database.GetMigrations().ToList();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBe(all);
        all.ShouldNotBeEmpty();

        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(all);
    }

    [Fact]
    public async Task Migrating_a_second_time_changes_nothing()
    {
        await using var database = await CreateEmptyDatabaseAsync();
        Schema once, twice;
        await using (var db = NewContext(database))
        {
            await db.Database.MigrateAsync();
            once = await ReadSchemaAsync(db);
        }

        await using (var db = NewContext(database))
        {
            await db.Database.MigrateAsync();
            twice = await ReadSchemaAsync(db);
            (await db.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(db.Database.GetMigrations().Count());
            (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync())
                .ShouldBe(db.Database.GetMigrations().Count());
        }

        ShouldMatch("tables", twice.Tables, once.Tables);
        ShouldMatch("columns", twice.Columns, once.Columns);
        ShouldMatch("indexes", twice.Indexes, once.Indexes);
        ShouldMatch("foreign keys and constraints", twice.ForeignKeys, once.ForeignKeys);
    }

    [Fact]
    public async Task Migrating_down_to_nothing_removes_every_table()
    {
        await using var database = await CreateEmptyDatabaseAsync();
        await using var db = NewContext(database);
        await db.Database.MigrateAsync();

        await Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(db).MigrateAsync(Microsoft.EntityFrameworkCore.Migrations.Migration.InitialDatabase);

        (await ReadSchemaAsync(db)).Tables.ShouldBeEmpty();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
    }

    protected abstract Task<EmptyDatabase> CreateEmptyDatabaseAsync();

    protected abstract Task<Schema> ReadSchemaAsync(DbConnection connection);

    protected static async Task<List<string?[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    private async Task<Schema> ReadSchemaAsync(GyoryuDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync();
        }

        try
        {
            return await ReadSchemaAsync(connection);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private GyoryuDbContext NewContext(EmptyDatabase database)
    {
        var options = new DbContextOptionsBuilder<GyoryuDbContext>();
        DatabaseSetup.Configure(options, Provider, database.ConnectionString);
        return new GyoryuDbContext(options.Options);
    }

    private static void ShouldMatch(string what, SortedSet<string> migrated, SortedSet<string> model)
    {
        var onlyMigrated = migrated.Except(model).ToList();
        var onlyModel = model.Except(migrated).ToList();
        if (onlyMigrated.Count > 0 || onlyModel.Count > 0)
        {
            throw new Shouldly.ShouldAssertException(
                $"The migrated {what} differ from the model's.\nOnly after Migrate():\n  {string.Join("\n  ", onlyMigrated)}\nOnly after EnsureCreated():\n  {string.Join("\n  ", onlyModel)}");
        }
    }

    protected sealed record EmptyDatabase(string ConnectionString, Func<Task> Drop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Drop();
    }

    protected sealed class Schema
    {
        public SortedSet<string> Tables { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Columns { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Indexes { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> ForeignKeys { get; } = new(StringComparer.Ordinal);
    }
}

using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Audit;
using Gyoryu.Web.Infrastructure.Caching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Gyoryu.Web.Infrastructure.Database;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddGyoryuDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GyoryuOptions.Section).Get<GyoryuOptions>() ?? new GyoryuOptions();
        var provider = DatabaseProviderNames.Parse(options.Database.Provider);
        var connectionString = builder.Configuration.GetConnectionString("Gyoryu");
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteConnectionString(connectionString, builder.Environment.ContentRootPath);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Gyoryu:Database:Provider is PostgreSQL but ConnectionStrings:Gyoryu is empty.");
        }

        builder.Services.AddRegistryCache(builder.Configuration.GetValue<int?>("Gyoryu:RegistryCacheSeconds") ?? 600);
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddDbContext<GyoryuDbContext>((services, db) =>
        {
            Configure(db, provider, connectionString!);
            db.AddInterceptors(services.GetRequiredService<RegistryCache.RegistryCacheEviction>(), services.GetRequiredService<AuditInterceptor>());
        });
        builder.Services.AddSingleton(new DatabaseTarget(provider, connectionString!));
        builder.Services.AddScoped<DatabaseInitializer>();
        return builder;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            db.UseNpgsql(connectionString);
        }
        else
        {
            db.UseSqlite(connectionString);
        }

        // Migrations are written by hand without a model snapshot; a test proves the migrated schema equals the model.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Migrates and seeds before the app takes requests.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(app.Lifetime.ApplicationStopping);
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/gyoryu.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.ForeignKeys = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseProviderNames
{
    public static DatabaseProvider Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException($"Unknown database provider '{name}': use Sqlite or PostgreSQL."),
    };
}

public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Where the data lives, for the start-up log: never the password.</summary>
    public string Where
    {
        get
        {
            if (Provider == DatabaseProvider.Sqlite)
            {
                return $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
            }

            var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL database {postgres.Database} on {postgres.Host}:{postgres.Port}";
        }
    }
}

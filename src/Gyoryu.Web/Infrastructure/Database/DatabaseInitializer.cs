using Gyoryu.Web.Data;
using Gyoryu.Web.Data.Reference;
using Gyoryu.Web.Data.Seed;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Infrastructure.Database;

/// <summary>Applies migrations, loads the reference tables into an empty database and, when asked, the demo data.</summary>
public sealed class DatabaseInitializer(
    GyoryuDbContext db,
    DatabaseTarget target,
    IOptions<GyoryuOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger,
    AccountSeed? accounts = null)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        // Reference tables, prefilled profiles and demo data are nobody's act: the audit log starts with the first person's change.
        using var unaudited = AuditScope.Suppress();
        logger.LogInformation("Database: {Where}", target.Where);
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while a writer commits; the setting is kept in the file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        if (!await db.LocalGovernments.AnyAsync(cancellationToken))
        {
            db.LocalGovernments.AddRange(LocalGovernmentTable.Load());
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Loaded the local-government reference table");
        }

        if (!await db.Countries.AnyAsync(cancellationToken))
        {
            var nodeModules = Path.Combine(environment.ContentRootPath, options.Value.NodeModulesPath);
            db.Countries.AddRange(CountryTable.Load(nodeModules));
            await db.SaveChangesAsync(cancellationToken);
            db.ForeignCities.AddRange(WorldCityTable.Load(nodeModules));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Loaded the country and world-city reference tables");

            // Without statistics SQLite drives joins from the 44k-row ForeignCities table instead of Partnerships.
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        }
        else if (target.Provider == DatabaseProvider.Sqlite)
        {
            // Refreshes the statistics of tables that have grown a lot since the last ANALYZE; cheap when nothing has.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
        }

        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        if (!await db.PlaceProfiles.AnyAsync(p => p.LocalGovernmentCode != null, cancellationToken))
        {
            var added = await PlaceProfilePrefill.PrefillGovernmentsAsync(db, clock.GetUtcNow(), cancellationToken);
            logger.LogInformation("Prefilled {Count} local-government profiles from the festival table", added);
        }

        if (options.Value.DemoData && !await db.Partnerships.AnyAsync(cancellationToken))
        {
            await new DemoData(db, clock).SeedAsync(cancellationToken);
            logger.LogInformation("Seeded the demo partnerships of 김포시 and 용인특례시");
        }

        // Without the account services (the benchmark seeder's bare context) the app adds the roles at its next start.
        if (accounts is not null)
        {
            await accounts.EnsureRolesAsync();
            if (options.Value.DemoData || options.Value.DemoAccounts)
            {
                await accounts.SeedDemoAccountsAsync(cancellationToken);
            }
        }
    }
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gyoryu.Web.Features.Discovery.Recommendations;

/// <summary>
/// The recommender's index of every place, built from the database on first use and kept until the data changes.
/// Changes bump <see cref="Generation"/> (saves of the entities it reads do so by themselves; bulk writes call
/// <see cref="Invalidate"/>); the next reader starts a rebuild and keeps the previous snapshot until the new one is ready.
/// </summary>
public sealed class DiscoveryIndex(IServiceScopeFactory scopes, ILogger<DiscoveryIndex> logger)
{
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly Lock gate = new();
    private long generation;
    private DiscoverySnapshot? current;
    private Task<DiscoverySnapshot>? rebuild;

    /// <summary>Counts data changes; a snapshot built from an older generation is stale.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>The latest snapshot built, if any, without waiting.</summary>
    public DiscoverySnapshot? Latest => Volatile.Read(ref current);

    /// <summary>Marks the index stale: call after writing places, ties or fitted weights in a way SaveChanges does not see (bulk updates, raw SQL).</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    /// <summary>A snapshot to rank with now: the current one even while a newer one is being built; waits only for the very first build.</summary>
    public async Task<DiscoverySnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = Latest;
        if (snapshot is null)
        {
            return await FreshAsync(cancellationToken);
        }

        if (snapshot.Generation != Generation)
        {
            _ = StartRebuild();
        }

        return snapshot;
    }

    /// <summary>A snapshot that includes every change made before the call, building one if needed.</summary>
    public async Task<DiscoverySnapshot> FreshAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var wanted = Generation;
            var snapshot = Latest;
            if (snapshot is not null && snapshot.Generation >= wanted)
            {
                return snapshot;
            }

            await StartRebuild().WaitAsync(cancellationToken);
        }
    }

    private Task<DiscoverySnapshot> StartRebuild()
    {
        lock (gate)
        {
            if (rebuild is { IsCompleted: false } running)
            {
                return running;
            }

            // One build at a time; the request that triggered it must not cancel it for everyone else.
            rebuild = Task.Run(BuildAsync, CancellationToken.None);
            return rebuild;
        }
    }

    private async Task<DiscoverySnapshot> BuildAsync()
    {
        await building.WaitAsync();
        try
        {
            var wanted = Generation;
            if (Latest is { } latest && latest.Generation >= wanted)
            {
                return latest;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GyoryuDbContext>();
            var before = GC.GetTotalMemory(false);
            var snapshot = await DiscoverySnapshot.BuildAsync(db, wanted, CancellationToken.None);
            var s = snapshot.Stats;
            logger.LogInformation(
                "Discovery index generation {Generation}: {Places} places ({Korean} Korean), {Ties} ties ({Links} imported links, {Skipped} skipped); read in {LoadMs} ms, built in {BuildMs} ms; columns ~{Megabytes:0.0} MB, heap grew {HeapMegabytes:0.0} MB",
                wanted, s.Places, s.KoreanPlaces, s.Ties, s.NetworkLinks, s.SkippedTies, s.LoadTime.TotalMilliseconds, s.BuildTime.TotalMilliseconds,
                s.EstimatedBytes / 1048576.0, (GC.GetTotalMemory(false) - before) / 1048576.0);
            Volatile.Write(ref current, snapshot);
            return snapshot;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Building the discovery index failed");
            throw;
        }
        finally
        {
            building.Release();
        }
    }
}

/// <summary>
/// Bumps the index generation after a committed save that touched what the index reads. Entities are noted before
/// the save (afterwards they are all Unchanged) and the bump waits for the commit when a transaction is open.
/// </summary>
public sealed class DiscoveryIndexInvalidation(DiscoveryIndex index) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<Type> Watched =
    [
        typeof(Partnership), typeof(PlaceProfile), typeof(TwinLink), typeof(TwinImport), typeof(ForeignCity), typeof(GovernmentProfile),
        typeof(LocalGovernment), typeof(Country),
    ];

    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Watched.Contains(e.Metadata.ClrType)))
        {
            pending.AddOrUpdate(context, this);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && pending.Remove(context))
        {
            index.Invalidate();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }
}

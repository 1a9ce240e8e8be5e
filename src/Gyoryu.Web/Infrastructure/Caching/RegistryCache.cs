using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gyoryu.Web.Infrastructure.Caching;

/// <summary>
/// Output caching of the read-mostly registry lists. Every committed write evicts them all, so a list is never
/// older than the last save; see docs/benchmarks.md for why the lists are cached at all.
/// </summary>
public static class RegistryCache
{
    public const string Policy = "registry";

    private const string Tag = "registry";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddRegistryCache(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy.Tag(Tag).Expire(Lifetime)));
        services.AddSingleton<RegistryCacheEviction>();
        return services;
    }

    /// <summary>Evicts after each successful save outside a transaction and after each commit.</summary>
    public sealed class RegistryCacheEviction(IOutputCacheStore store) : SaveChangesInterceptor, IDbTransactionInterceptor
    {
        // Evicting on every save rather than on the entity types a list shows keeps this right as features add what lists show.
        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context?.Database.CurrentTransaction is null)
            {
                await store.EvictByTagAsync(Tag, cancellationToken);
            }

            return result;
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            if (eventData.Context?.Database.CurrentTransaction is null)
            {
                store.EvictByTagAsync(Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }

            return result;
        }

        public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
            await store.EvictByTagAsync(Tag, cancellationToken);

        public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
            store.EvictByTagAsync(Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }
}

using System.Data.Common;
using Gyoryu.Web.Infrastructure.Officers;
using Gyoryu.Web.Infrastructure.Tenancy;
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

    /// <param name="seconds">
    /// How long a list may be served from this instance's memory (<c>Gyoryu:RegistryCacheSeconds</c>, default 600). A save evicts
    /// only its own instance's lists, so several instances behind one proxy want a few seconds, and 0 turns the cache off.
    /// </param>
    public static IServiceCollection AddRegistryCache(this IServiceCollection services, int seconds)
    {
        services.AddOutputCache(options =>
            options.AddPolicy(Policy, policy => policy.AddPolicy<PerTenant>().Tag(Tag).Expire(TimeSpan.FromSeconds(Math.Max(1, seconds))), excludeDefaultPolicy: true));
        services.AddSingleton(new RegistryCacheLifetime(seconds));
        services.AddSingleton<RegistryCacheEviction>();
        return services;
    }

    /// <summary>
    /// The default policy never caches for a signed-in user; these lists may be, because each government's answer is kept
    /// apart from every other's (the tenant and the government acted for are part of the key).
    /// </summary>
    public sealed class PerTenant : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var readable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
            context.EnableOutputCaching = context.HttpContext.RequestServices.GetRequiredService<RegistryCacheLifetime>().Seconds > 0;
            context.AllowCacheLookup = readable;
            context.AllowCacheStorage = readable;
            context.AllowLocking = true;
            var services = context.HttpContext.RequestServices;
            var tenant = services.GetRequiredService<TenantScope>().GovernmentCode ?? "*";
            context.CacheVaryByRules.VaryByValues["tenant"] = $"{tenant}/{services.GetRequiredService<CurrentOfficer>().GovernmentCode}";
            context.CacheVaryByRules.QueryKeys = "*";
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
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

/// <summary>The configured lifetime of cached registry lists; 0 means they are not cached.</summary>
public sealed record RegistryCacheLifetime(int Seconds);

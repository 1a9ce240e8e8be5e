using Gyoryu.Domain.Common;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>Applies a change to an activity or project if the caller saw its current version, and says what happened.</summary>
internal static class VersionedChange
{
    /// <param name="expectedVersion">The version the caller read; null for changes that only add (attachments, links).</param>
    public static async Task<Outcome> ApplyAsync<T>(GyoryuDbContext db, T? entity, int? expectedVersion, Func<T, Task> change, CancellationToken cancellationToken)
        where T : class
    {
        if (entity is null)
        {
            return Outcome.NotFound;
        }

        var version = db.Entry(entity).Property<int>("Version");
        if (expectedVersion is { } expected)
        {
            if (version.CurrentValue != expected)
            {
                return Outcome.Stale;
            }

            version.OriginalValue = expected;
        }

        try
        {
            await change(entity);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, db.Entry(entity).Property<int>("Id").CurrentValue, version.CurrentValue);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Stale;
        }
    }
}

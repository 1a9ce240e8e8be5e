using Gyoryu.Domain.Common;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>A government's rubric, made from the default the first time anyone asks for it.</summary>
public sealed class RubricStore(GyoryuDbContext db, CurrentOfficer officer)
{
    /// <summary>The government's rubric, tracked; null when there is no such government.</summary>
    public async Task<Rubric?> GetOrCreateAsync(string ownerCode, CancellationToken cancellationToken)
    {
        var rubric = await FindAsync(ownerCode, cancellationToken);
        if (rubric is not null)
        {
            return rubric;
        }

        if (!await db.LocalGovernments.AnyAsync(g => g.Code == ownerCode, cancellationToken))
        {
            return null;
        }

        rubric = Rubric.CreateDefault(ownerCode, officer.Stamp());
        db.Rubrics.Add(rubric);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return rubric;
        }
        catch (DbUpdateException)
        {
            // Another request made it first (the owner index is unique): use theirs.
            db.Entry(rubric).State = EntityState.Detached;
            return await FindAsync(ownerCode, cancellationToken);
        }
    }

    /// <summary>Replaces the criteria if the caller saw the current version.</summary>
    public async Task<Outcome> ReplaceAsync(string ownerCode, int expectedVersion, IReadOnlyList<CriterionDraft> drafts, CancellationToken cancellationToken)
    {
        var rubric = await GetOrCreateAsync(ownerCode, cancellationToken);
        if (rubric is null)
        {
            return Outcome.NotFound;
        }

        if (rubric.Version != expectedVersion)
        {
            return Outcome.Stale;
        }

        db.Entry(rubric).Property(r => r.Version).OriginalValue = expectedVersion;
        try
        {
            rubric.Replace(drafts, officer.Stamp());
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, rubric.Id, rubric.Version);
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

    public static IReadOnlyList<RubricCriterion> Ordered(Rubric rubric) => [.. rubric.Criteria.OrderBy(c => c.Position)];

    private Task<Rubric?> FindAsync(string ownerCode, CancellationToken cancellationToken) =>
        db.Rubrics.Include(r => r.Criteria).SingleOrDefaultAsync(r => r.OwnerCode == ownerCode, cancellationToken);
}

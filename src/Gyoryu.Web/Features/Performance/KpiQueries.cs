using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Performance;

/// <summary>The last activity held under a partnership, for "days since" and dormancy.</summary>
public sealed record LastActivity(int PartnershipId, int ActivityId, DateOnly HeldOn, string Title);

/// <summary>
/// KPIs aggregated by the database (GROUP BY over Activities), never by loading activities into memory.
/// Only activities held on or before the as-of day count; later ones are plans.
/// </summary>
public sealed class KpiQueries(GyoryuDbContext db)
{
    /// <summary>One row per year in which the partnership had activity, oldest first.</summary>
    public async Task<IReadOnlyList<PartnershipYearKpis>> ByYearAsync(int partnershipId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var held = db.Activities.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.HeldOn <= asOf);
        var years = await Aggregate(held).ToListAsync(cancellationToken);
        return [.. years.OrderBy(k => k.Year)];
    }

    /// <summary>The partnership's KPIs for one year; an empty row when nothing happened.</summary>
    public async Task<PartnershipYearKpis> ForYearAsync(int partnershipId, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var held = db.Activities.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.Year == year && a.HeldOn <= asOf);
        return await Aggregate(held).SingleOrDefaultAsync(cancellationToken) ?? PartnershipYearKpis.Empty(partnershipId, year);
    }

    /// <summary>Every partnership of a local government for one year, one row per partnership that had activity.</summary>
    public async Task<IReadOnlyList<PartnershipYearKpis>> ForGovernmentAsync(string ownerCode, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var held = db.Activities.AsNoTracking().Where(a => a.OwnerCode == ownerCode && a.Year == year && a.HeldOn <= asOf);
        return await Aggregate(held).ToListAsync(cancellationToken);
    }

    /// <summary>The latest activity held under each of the given partnerships (absent when a partnership has none).</summary>
    public async Task<IReadOnlyDictionary<int, LastActivity>> LastActivitiesAsync(IReadOnlyCollection<int> partnershipIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (partnershipIds.Count == 0)
        {
            return new Dictionary<int, LastActivity>();
        }

        var latest = await db.Activities.AsNoTracking()
            .Where(a => partnershipIds.Contains(a.PartnershipId) && a.HeldOn <= asOf)
            .GroupBy(a => a.PartnershipId)
            .Select(g => g.OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id)
                .Select(a => new LastActivity(a.PartnershipId, a.Id, a.HeldOn, a.Title))
                .First())
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(l => l.PartnershipId);
    }

    /// <summary>Average satisfaction and count of the feedback a partnership received in a year.</summary>
    public async Task<FeedbackSummary> FeedbackAsync(int partnershipId, int year, CancellationToken cancellationToken)
    {
        var summary = await db.Feedback.AsNoTracking()
            .Where(f => f.PartnershipId == partnershipId && f.Year == year)
            .GroupBy(f => f.PartnershipId)
            .Select(g => new { Count = g.Count(), Average = g.Average(f => (double)f.Satisfaction) })
            .SingleOrDefaultAsync(cancellationToken);
        return summary is null ? FeedbackSummary.None : new FeedbackSummary(summary.Count, summary.Average);
    }

    // One GROUP BY for all KPIs; fields covered is an OR over the flags, written as one MAX per field because SQL has no portable bitwise-OR aggregate.
    private static IQueryable<PartnershipYearKpis> Aggregate(IQueryable<Activity> held) =>
        held.GroupBy(a => new { a.PartnershipId, a.Year })
            .Select(g => new PartnershipYearKpis(
                g.Key.PartnershipId,
                g.Key.Year,
                g.Count(),
                g.Sum(a => a.Direction == VisitDirection.Outbound ? 1 : 0),
                g.Sum(a => a.Direction == VisitDirection.Inbound ? 1 : 0),
                g.Sum(a => a.Officials),
                g.Sum(a => a.Citizens),
                g.Sum(a => a.Students),
                g.Sum(a => a.Companies),
                g.Sum(a => a.Cost),
                g.Sum(a => a.AgreementsSigned),
                g.Sum(a => a.ExportContracts),
                g.Sum(a => a.ExportAmount),
                g.Sum(a => a.Visitors),
                (ExchangeFields)(
                    g.Max(a => (a.Fields & ExchangeFields.Administration) != 0 ? (int)ExchangeFields.Administration : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.People) != 0 ? (int)ExchangeFields.People : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.CultureArts) != 0 ? (int)ExchangeFields.CultureArts : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.Sports) != 0 ? (int)ExchangeFields.Sports : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.Economy) != 0 ? (int)ExchangeFields.Economy : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.Tourism) != 0 ? (int)ExchangeFields.Tourism : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.Education) != 0 ? (int)ExchangeFields.Education : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.Youth) != 0 ? (int)ExchangeFields.Youth : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.Agriculture) != 0 ? (int)ExchangeFields.Agriculture : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.Health) != 0 ? (int)ExchangeFields.Health : 0) +
                    g.Max(a => (a.Fields & ExchangeFields.Environment) != 0 ? (int)ExchangeFields.Environment : 0)),
                (DateOnly?)g.Max(a => a.HeldOn)));
}

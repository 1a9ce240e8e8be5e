using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Performance;

/// <summary>The last activity held under a partnership, for "days since" and dormancy.</summary>
public sealed record LastActivity(int PartnershipId, int ActivityId, DateOnly HeldOn, string Title);

/// <summary>How many activities touched one exchange field.</summary>
public sealed record FieldActivities(ExchangeFields Field, int Activities);

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
        // A HeldOn range (not Year) so IX (OwnerCode, HeldOn) reads only that year's rows.
        var (from, to) = Period(year, asOf);
        var held = db.Activities.AsNoTracking().Where(a => a.OwnerCode == ownerCode && a.HeldOn >= from && a.HeldOn <= to);
        return await Aggregate(held).ToListAsync(cancellationToken);
    }

    /// <summary>The given partnerships' KPIs for one year, one row per partnership that had activity; IX (PartnershipId, Year) serves it.</summary>
    public async Task<IReadOnlyList<PartnershipYearKpis>> ForPartnershipsAsync(IReadOnlyCollection<int> partnershipIds, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (partnershipIds.Count == 0)
        {
            return [];
        }

        var held = db.Activities.AsNoTracking().Where(a => partnershipIds.Contains(a.PartnershipId) && a.Year == year && a.HeldOn <= asOf);
        return await Aggregate(held).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Every partnership of a local government, year by year (or only <paramref name="year"/>), for the export;
    /// the year is a HeldOn range so IX (OwnerCode, HeldOn) serves it.
    /// </summary>
    public async Task<IReadOnlyList<PartnershipYearKpis>> ByYearForGovernmentAsync(string ownerCode, int? year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var (from, to) = Period(year, asOf);
        var held = db.Activities.AsNoTracking().Where(a => a.OwnerCode == ownerCode && a.HeldOn >= from && a.HeldOn <= to);
        var rows = await Aggregate(held).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(k => k.PartnershipId).ThenBy(k => k.Year)];
    }

    /// <summary>How many held activities touched each field (an activity may touch several), over all years or one.</summary>
    public async Task<IReadOnlyList<FieldActivities>> FieldActivitiesAsync(int partnershipId, int? year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var (from, to) = Period(year, asOf);
        // The database counts each distinct combination of fields; there are few, so splitting them into single fields here is cheap.
        var combinations = await db.Activities.AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId && a.HeldOn >= from && a.HeldOn <= to)
            .GroupBy(a => a.Fields)
            .Select(g => new { Fields = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. combinations
            .SelectMany(c => ExchangeFieldNames.Split(c.Fields).Select(field => (field, c.Count)))
            .GroupBy(x => x.field)
            .Select(g => new FieldActivities(g.Key, g.Sum(x => x.Count)))
            .OrderByDescending(f => f.Activities).ThenBy(f => f.Field)];
    }

    private static (DateOnly From, DateOnly To) Period(int? year, DateOnly asOf)
    {
        if (year is not { } y)
        {
            return (DateOnly.MinValue, asOf);
        }

        var end = new DateOnly(y, 12, 31);
        return (new DateOnly(y, 1, 1), end < asOf ? end : asOf);
    }

    /// <summary>The latest activity held under each of the given partnerships (absent when a partnership has none).</summary>
    public async Task<IReadOnlyDictionary<int, LastActivity>> LastActivitiesAsync(IReadOnlyCollection<int> partnershipIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (partnershipIds.Count == 0)
        {
            return new Dictionary<int, LastActivity>();
        }

        // One correlated top-1 per partnership walks IX (PartnershipId, HeldOn) backwards; a GroupBy + First would number every row of every partnership.
        var latestIds = await db.Partnerships.AsNoTracking()
            .Where(p => partnershipIds.Contains(p.Id))
            .Select(p => db.Activities
                .Where(a => a.PartnershipId == p.Id && a.HeldOn <= asOf)
                .OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id)
                .Select(a => (int?)a.Id)
                .FirstOrDefault())
            .ToListAsync(cancellationToken); // a null (no activity) matches no row below; filtering it in SQL would repeat the subquery

        var latest = await db.Activities.AsNoTracking()
            .Where(a => latestIds.Contains(a.Id))
            .Select(a => new LastActivity(a.PartnershipId, a.Id, a.HeldOn, a.Title))
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

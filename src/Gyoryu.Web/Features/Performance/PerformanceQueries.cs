using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Features.Performance;

/// <summary>One tie of a government with its KPIs for the year, its last activity ever and, when quiet too long, why it looks dormant.</summary>
public sealed record PartnershipPerformance(PartnershipRow Partnership, PartnershipYearKpis Kpis, LastActivity? LastActivity, DormancyFinding? Dormancy)
{
    public int? DaysSinceLastActivity(DateOnly today) => LastActivity is { } last ? today.DayNumber - last.HeldOn.DayNumber : null;
}

/// <summary>A government's ties for one year: the per-partnership KPI table, the year's totals and the ties that look dormant.</summary>
public sealed record GovernmentPerformance(
    string GovernmentCode, string GovernmentNameKo, string GovernmentNameEn, int Year, DateOnly Today, int DormancyMonths,
    IReadOnlyList<PartnershipPerformance> Partnerships)
{
    public IReadOnlyList<PartnershipPerformance> Dormant => [.. Partnerships.Where(p => p.Dormancy is not null).OrderByDescending(p => p.Dormancy!.QuietMonths)];

    public int Activities => Partnerships.Sum(p => p.Kpis.Activities);

    public int PeopleReached => Partnerships.Sum(p => p.Kpis.PeopleReached);

    public long BudgetExecuted => Partnerships.Sum(p => p.Kpis.Cost);

    public long ExportAmount => Partnerships.Sum(p => p.Kpis.ExportAmount);
}

/// <summary>One partnership's KPIs year by year, with its dormancy finding and the fields its activities touched.</summary>
public sealed record PartnershipKpiReport(
    PartnershipRow Partnership, DateOnly Today, int? Year, IReadOnlyList<PartnershipYearKpis> Years, PartnershipYearKpis ThisYear,
    DormancyFinding? Dormancy, IReadOnlyList<FieldActivities> Fields);

/// <summary>
/// KPIs and dormancy as pages and the API show them: the database aggregates (<see cref="KpiQueries"/>), this class
/// combines the aggregates with the partnership rows and the dormancy rule, never looping queries per partnership.
/// </summary>
public sealed class PerformanceQueries(GyoryuDbContext db, KpiQueries kpis, PartnershipQueries partnerships, TimeProvider clock, IOptions<GyoryuOptions> options)
{
    /// <summary>Today in Korea.</summary>
    public DateOnly Today => Stamp.KoreaDate(clock.GetUtcNow());

    public int DormancyMonths => options.Value.DormancyMonths;

    /// <summary>
    /// The silence of an undated-by-day agreement is counted from the last day its signing date can stand for
    /// ("2023-04" from 30 April): a tie is not called dormant on a guess that makes it older than it may be.
    /// </summary>
    public static DateOnly? SignedOnForDormancy(Domain.Common.PartialDate? signedOn) => signedOn?.Latest;

    public DormancyFinding? Check(PartnershipStatus status, Domain.Common.PartialDate? signedOn, LastActivity? last, DateOnly today) =>
        DormancyRule.Check(status, SignedOnForDormancy(signedOn), last?.HeldOn, last?.Title, today, DormancyMonths);

    /// <summary>
    /// The government's ties (owned, or held as the domestic partner) with this year's KPIs: three queries whatever the
    /// number of ties (the rows, one GROUP BY for the KPIs, one for the last activities). Null for an unknown government.
    /// </summary>
    public async Task<GovernmentPerformance?> GovernmentAsync(string code, int? year, CancellationToken cancellationToken)
    {
        var government = await db.LocalGovernments.AsNoTracking()
            .Where(g => g.Code == code).Select(g => new { g.Code, g.NameKo, g.NameEn })
            .SingleOrDefaultAsync(cancellationToken);
        if (government is null)
        {
            return null;
        }

        var today = Today;
        var theYear = year ?? today.Year;
        var rows = await partnerships.AllAsync(new PartnershipFilter { Government = code }, cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var yearKpis = (await kpis.ForPartnershipsAsync(ids, theYear, today, cancellationToken)).ToDictionary(k => k.PartnershipId);
        var signedIds = rows.Where(r => r.Status is PartnershipStatus.Active or PartnershipStatus.Dormant).Select(r => r.Id).ToList();
        var last = await kpis.LastActivitiesAsync(signedIds, today, cancellationToken);

        var shown = rows
            .Where(r => r.Status is PartnershipStatus.Active or PartnershipStatus.Dormant || yearKpis.ContainsKey(r.Id))
            .Select(r =>
            {
                var lastActivity = last.GetValueOrDefault(r.Id);
                return new PartnershipPerformance(
                    r, yearKpis.GetValueOrDefault(r.Id) ?? PartnershipYearKpis.Empty(r.Id, theYear), lastActivity, Check(r.Status, r.SignedOn, lastActivity, today));
            })
            .OrderByDescending(p => p.Kpis.Activities).ThenBy(p => p.Partnership.PartnerNameKo, StringComparer.Ordinal)
            .ToList();
        return new GovernmentPerformance(government.Code, government.NameKo, government.NameEn, theYear, today, DormancyMonths, shown);
    }

    /// <summary>Why a partnership looks dormant today, or null (also for an unknown id).</summary>
    public async Task<DormancyFinding?> DormancyAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var tie = await db.Partnerships.AsNoTracking()
            .Where(p => p.Id == partnershipId).Select(p => new { p.Status, p.SignedOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (tie is null || tie.Status is not (PartnershipStatus.Active or PartnershipStatus.Dormant))
        {
            return null;
        }

        var today = Today;
        var last = await kpis.LastActivitiesAsync([partnershipId], today, cancellationToken);
        return Check(tie.Status, tie.SignedOn, last.GetValueOrDefault(partnershipId), today);
    }

    /// <summary>The KPI page's data: every year, the chosen (or current) year, dormancy and fields. Null for an unknown id.</summary>
    public async Task<PartnershipKpiReport?> PartnershipAsync(int partnershipId, int? year, bool withFields, CancellationToken cancellationToken)
    {
        var row = await partnerships.RowAsync(partnershipId, null, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var today = Today;
        var years = await kpis.ByYearAsync(partnershipId, today, cancellationToken);
        var thisYear = years.SingleOrDefault(k => k.Year == (year ?? today.Year)) ?? PartnershipYearKpis.Empty(partnershipId, year ?? today.Year);
        var last = await kpis.LastActivitiesAsync([partnershipId], today, cancellationToken);
        var finding = Check(row.Status, row.SignedOn, last.GetValueOrDefault(partnershipId), today);
        var fields = withFields ? await kpis.FieldActivitiesAsync(partnershipId, year, today, cancellationToken) : [];
        return new PartnershipKpiReport(row, today, year, years, thisYear, finding, fields);
    }
}

using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Benchmarks.Performance;

/// <summary>
/// What the KPI pages are measured on: the government with the most partnerships (the largest dashboard), its partnership with
/// the most activities (the largest KPI page), all of that government's partnership ids (what the dashboard asks the last
/// activity of), and today in Korea.
/// </summary>
public sealed record KpiTargets(string GovernmentCode, string GovernmentName, int PartnershipId, int PartnershipActivities, int[] GovernmentPartnershipIds, DateOnly Today)
{
    public int Year => Today.Year;

    public static async Task<KpiTargets> FindAsync(GyoryuDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var government = await db.Partnerships.AsNoTracking()
            .GroupBy(p => p.OwnerCode)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key)
            .FirstAsync(cancellationToken);
        var name = await db.LocalGovernments.AsNoTracking().Where(g => g.Code == government).Select(g => g.NameKo).SingleAsync(cancellationToken);
        var ids = await db.Partnerships.AsNoTracking().Where(p => p.OwnerCode == government).OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync(cancellationToken);
        var busiest = await db.Activities.AsNoTracking()
            .Where(a => a.OwnerCode == government)
            .GroupBy(a => a.PartnershipId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new KpiTargets(government, name, busiest?.Id ?? ids[0], busiest?.Count ?? 0, ids, new Stamp(string.Empty, now).Today);
    }

    public override string ToString() =>
        $"government {GovernmentCode} {GovernmentName} ({GovernmentPartnershipIds.Length} partnerships), partnership {PartnershipId} ({PartnershipActivities} activities), as of {Today:yyyy-MM-dd}";
}

using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Dashboard;

public sealed record DashboardSummary(
    string GovernmentCode,
    string GovernmentNameKo,
    string GovernmentNameEn,
    IReadOnlyDictionary<PartnershipType, int> SignedByType,
    IReadOnlyDictionary<PartnershipStatus, int> ByStatus,
    int Domestic,
    int International,
    int Countries,
    IReadOnlyList<RecentStep> RecentSteps,
    IReadOnlyList<PartnershipRow> AwaitingNextStep);

public sealed record RecentStep(int PartnershipId, string PartnerNameKo, string PartnerNameEn, TimelineKind Kind, PartialDate? OccurredOn, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A place on the partner map, in the shape wwwroot/js/partner-map.js reads.</summary>
public sealed record MapPoint(string Name, string NameEn, double Lat, double Lng, string Kind, string? Status, string? Type, string? Url);

public sealed class DashboardQueries(GyoryuDbContext db, PartnershipQueries partnerships)
{
    public async Task<DashboardSummary?> SummaryAsync(string government, CancellationToken cancellationToken)
    {
        var owner = await db.LocalGovernments.AsNoTracking().SingleOrDefaultAsync(g => g.Code == government, cancellationToken);
        if (owner is null)
        {
            return null;
        }

        var rows = await partnerships.AllAsync(new PartnershipFilter { Government = government }, cancellationToken);
        var signed = rows.Where(r => r.Status is PartnershipStatus.Active or PartnershipStatus.Dormant).ToList();
        var ids = rows.Select(r => r.Id).ToList();
        var recent = await db.TimelineEntries.AsNoTracking()
            .Where(t => ids.Contains(t.PartnershipId))
            .OrderByDescending(t => t.RecordedAt).ThenByDescending(t => t.Id)
            .Take(10)
            .ToListAsync(cancellationToken);
        var names = rows.ToDictionary(r => r.Id);
        return new DashboardSummary(
            owner.Code,
            owner.NameKo,
            owner.NameEn,
            Enum.GetValues<PartnershipType>().ToDictionary(t => t, t => signed.Count(r => r.Type == t)),
            Enum.GetValues<PartnershipStatus>().ToDictionary(s => s, s => rows.Count(r => r.Status == s)),
            signed.Count(r => r.IsDomestic),
            signed.Count(r => !r.IsDomestic),
            signed.Where(r => !r.IsDomestic).Select(r => r.CountryCode).Distinct().Count(),
            recent.Select(t => new RecentStep(t.PartnershipId, names[t.PartnershipId].PartnerNameKo, names[t.PartnershipId].PartnerNameEn, t.Kind, t.OccurredOn, t.Note, t.RecordedBy, t.RecordedAt)).ToList(),
            rows.Where(r => r.Status is PartnershipStatus.Candidate or PartnershipStatus.Exploring or PartnershipStatus.Negotiating or PartnershipStatus.CouncilApproved).ToList());
    }

    public async Task<IReadOnlyList<MapPoint>> MapPointsAsync(string government, CancellationToken cancellationToken)
    {
        var owner = await db.LocalGovernments.AsNoTracking().SingleOrDefaultAsync(g => g.Code == government, cancellationToken);
        if (owner is null)
        {
            return [];
        }

        var rows = await partnerships.AllAsync(new PartnershipFilter { Government = government }, cancellationToken);
        var points = new List<MapPoint> { new(owner.NameKo, owner.NameEn, owner.Latitude, owner.Longitude, "self", null, null, null) };
        points.AddRange(rows
            .Where(r => r.Latitude is not null && r.Longitude is not null && r.Status != PartnershipStatus.Terminated)
            .Select(r => new MapPoint(r.PartnerNameKo, r.PartnerNameEn, r.Latitude!.Value, r.Longitude!.Value, r.IsDomestic ? "domestic" : "international",
                r.Status.ToString(), r.Type.ToString(), $"/Partnerships/{r.Id}")));
        return points;
    }
}

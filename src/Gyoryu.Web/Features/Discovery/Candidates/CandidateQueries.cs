using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Candidates;

/// <summary>One candidate on the board with the names of its place.</summary>
public sealed record CandidateRow(
    int Id,
    string OwnerCode,
    PlaceName Place,
    CandidateSource Source,
    ExchangeFields PreferredFields,
    string? Notes,
    string? RecommendationReason,
    double? RecommendationScore,
    CandidateStatus Status,
    int? PartnershipId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    int Version);

public sealed class CandidateQueries(GyoryuDbContext db)
{
    /// <summary>The board: open candidates first, then those taken forward, then the dropped ones; newest first within each.</summary>
    public async Task<IReadOnlyList<CandidateRow>> ListAsync(string ownerCode, CandidateStatus? status, CandidateSource? source, CancellationToken cancellationToken)
    {
        var query = db.Candidates.AsNoTracking().Where(c => c.OwnerCode == ownerCode);
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        if (source is { } from)
        {
            query = query.Where(c => c.Source == from);
        }

        var candidates = await query.ToListAsync(cancellationToken);
        var names = await Places.NamesAsync(db, candidates.Select(c => c.PlaceKey), cancellationToken);
        return candidates
            .Where(c => names.ContainsKey(c.PlaceKey))
            .OrderBy(c => c.Status switch { CandidateStatus.Considering => 0, CandidateStatus.Promoted => 1, _ => 2 })
            .ThenByDescending(c => c.CreatedAt)
            .ThenByDescending(c => c.Id)
            .Select(c => Row(c, names[c.PlaceKey]))
            .ToList();
    }

    public async Task<CandidateRow?> RowAsync(string ownerCode, int id, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OwnerCode == ownerCode, cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        var name = await Places.NameAsync(db, candidate.PlaceKey, cancellationToken);
        return name is null ? null : Row(candidate, name);
    }

    private static CandidateRow Row(Candidate c, PlaceName place) => new(
        c.Id, c.OwnerCode, place, c.Source, c.PreferredFields, c.Notes, c.RecommendationReason, c.RecommendationScore, c.Status, c.PartnershipId,
        c.CreatedBy, c.CreatedAt, c.UpdatedBy, c.UpdatedAt, c.Version);
}

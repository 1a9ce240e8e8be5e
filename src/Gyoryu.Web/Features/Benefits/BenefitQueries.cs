using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Benefits;

/// <summary>A benefit with the partnership it is limited to, seen from the offering government's side.</summary>
public sealed record BenefitRow(ResidentBenefit Benefit, PartnershipRow? Partner);

/// <summary>The benefits one government offers, drafts included, for its officers.</summary>
public sealed class BenefitQueries(GyoryuDbContext db, PartnershipQueries partnerships)
{
    public async Task<IReadOnlyList<BenefitRow>> ListAsync(string code, CancellationToken cancellationToken)
    {
        var benefits = await db.ResidentBenefits.AsNoTracking().Where(b => b.OwnerCode == code)
            .OrderByDescending(b => b.IsPublished).ThenBy(b => b.Category).ThenBy(b => b.Title).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        var ties = await TiesAsync(code, cancellationToken);
        return benefits.Select(b => new BenefitRow(b, b.PartnershipId is { } id ? ties.GetValueOrDefault(id) : null)).ToList();
    }

    public async Task<BenefitRow?> FindAsync(string code, int id, CancellationToken cancellationToken)
    {
        var benefit = await db.ResidentBenefits.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.OwnerCode == code, cancellationToken);
        if (benefit is null)
        {
            return null;
        }

        var partner = benefit.PartnershipId is { } partnershipId ? await partnerships.RowAsync(partnershipId, code, cancellationToken) : null;
        return new BenefitRow(benefit, partner);
    }

    /// <summary>The signed ties (교류 중 or 휴면) a benefit may be limited to, plus one it already names.</summary>
    public async Task<IReadOnlyList<PartnershipRow>> ChoicesAsync(string code, int? current, CancellationToken cancellationToken) =>
        (await TiesAsync(code, cancellationToken)).Values
            .Where(r => IsSigned(r.Status) || r.Id == current)
            .OrderBy(r => r.IsDomestic).ThenBy(r => r.PartnerNameKo, StringComparer.Ordinal)
            .ToList();

    public static bool IsSigned(PartnershipStatus status) => status is PartnershipStatus.Active or PartnershipStatus.Dormant;

    private async Task<Dictionary<int, PartnershipRow>> TiesAsync(string code, CancellationToken cancellationToken) =>
        (await partnerships.AllAsync(new PartnershipFilter { Government = code }, cancellationToken)).ToDictionary(r => r.Id);
}

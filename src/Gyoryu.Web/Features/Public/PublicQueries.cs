using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Data.Reference;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Public;

/// <summary>A local government a citizen can look up: it has at least one signed tie.</summary>
public sealed record PublicGovernment(string Code, string NameKo, string NameEn, string ProvinceKo, int Partners);

public sealed record PublicFestival(string Name, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>A published benefit: who offers it, and the partner whose residents alone may claim it (null: every partner's).</summary>
public sealed record PublicBenefit(
    int Id, string Title, BenefitCategory Category, string Details, string Place, DateOnly? ValidFrom, DateOnly? ValidUntil,
    string OfferedByCode, string OfferedByNameKo, string OfferedByNameEn, string? OnlyForPartnerKey);

/// <summary>The public facts of one signed tie, seen from the government's side, and what the partner is known for.</summary>
public sealed record PublicPartner(
    string Key,
    bool IsDomestic,
    string? GovernmentCode,
    string NameKo,
    string NameEn,
    string? Region,
    string CountryCode,
    string CountryNameKo,
    string CountryNameEn,
    PartnershipType Type,
    int? SinceYear,
    ExchangeFields Fields,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<PublicFestival> Festivals,
    IReadOnlyList<string> Specialties,
    IReadOnlyList<PublicBenefit> OnlyForItsResidents,
    IReadOnlyList<PublicBenefit> ForOurResidents);

/// <summary>A past exchange activity: what, when and with whom; never costs or who took part.</summary>
public sealed record PublicActivity(string Title, DateOnly HeldOn, DateOnly? EndsOn, ActivityKind Kind, string PartnerKey, string PartnerNameKo, string PartnerNameEn);

public sealed record PublicGovernmentView(
    PublicGovernment Government, double Latitude, double Longitude, IReadOnlyList<PublicPartner> Partners,
    IReadOnlyList<PublicBenefit> ForAllPartners, IReadOnlyList<PublicActivity> RecentActivities)
{
    /// <summary>Everything this government's residents can claim in its partner cities.</summary>
    public int BenefitsForOurResidents => Partners.Sum(p => p.ForOurResidents.Count);
}

/// <summary>
/// What anyone may read without signing in. Each query selects only public columns, so candidates, talks, notes, budgets,
/// contacts, documents, evaluations and drafts cannot reach the page; query filters are ignored because the reader has no tenant.
/// </summary>
public sealed class PublicQueries(GyoryuDbContext db, TimeProvider clock)
{
    public const int RecentActivityCount = 10;

    private static readonly Lazy<ILookup<string, ReferenceFestival>> FestivalsByHost =
        new(() => FestivalTable.Load().ToLookup(f => f.GovernmentCode, StringComparer.Ordinal));

    private DateOnly Today => Stamp.KoreaDate(clock.GetUtcNow());

    public async Task<IReadOnlyList<PublicGovernment>> GovernmentsAsync(CancellationToken cancellationToken)
    {
        var ties = await Signed().Select(p => new { p.OwnerCode, p.PartnerLocalGovernmentCode }).ToListAsync(cancellationToken);
        var counts = ties.Select(t => t.OwnerCode).Concat(ties.Select(t => t.PartnerLocalGovernmentCode).OfType<string>())
            .GroupBy(c => c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var codes = counts.Keys.ToList();
        var governments = await db.LocalGovernments.AsNoTracking().Where(g => codes.Contains(g.Code))
            .OrderBy(g => g.ProvinceCode).ThenBy(g => g.Tier).ThenBy(g => g.NameKo)
            .Select(g => new { g.Code, g.NameKo, g.NameEn, g.ProvinceKo })
            .ToListAsync(cancellationToken);
        return governments.Select(g => new PublicGovernment(g.Code, g.NameKo, g.NameEn, g.ProvinceKo, counts[g.Code])).ToList();
    }

    /// <summary>Null for a code that is no local government; a government without signed ties has an empty view.</summary>
    public async Task<PublicGovernmentView?> GovernmentAsync(string code, CancellationToken cancellationToken)
    {
        var government = await db.LocalGovernments.AsNoTracking().Where(g => g.Code == code)
            .Select(g => new { g.Code, g.NameKo, g.NameEn, g.ProvinceKo, g.Latitude, g.Longitude })
            .SingleOrDefaultAsync(cancellationToken);
        if (government is null)
        {
            return null;
        }

        var ties = await Signed().Where(p => p.OwnerCode == code || p.PartnerLocalGovernmentCode == code)
            .Select(p => new Tie(p.Id, p.OwnerCode, p.PartnerLocalGovernmentCode, p.PartnerForeignCityId, p.Type, p.SignedYear, p.Fields))
            .ToListAsync(cancellationToken);
        var domesticCodes = ties.Select(t => t.OtherGovernment(code)).OfType<string>().Distinct().ToList();
        var cityIds = ties.Select(t => t.CityId).OfType<int>().Distinct().ToList();
        var governments = await db.LocalGovernments.AsNoTracking().Where(g => domesticCodes.Contains(g.Code))
            .Select(g => new { g.Code, g.NameKo, g.NameEn, g.ProvinceKo, g.Latitude, g.Longitude })
            .ToDictionaryAsync(g => g.Code, cancellationToken);
        var cities = await (from c in db.ForeignCities.AsNoTracking()
                            where cityIds.Contains(c.Id)
                            join country in db.Countries.AsNoTracking() on c.CountryCode equals country.Code into countries
                            from country in countries.DefaultIfEmpty()
                            select new { c.Id, c.NameEn, c.NameKo, c.AdminRegion, c.CountryCode, CountryKo = country == null ? c.CountryCode : country.NameKo, CountryEn = country == null ? c.CountryCode : country.NameEn, c.Latitude, c.Longitude })
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        var keys = ties.Select(t => t.PartnerKey(code)).ToList();
        var profiles = await db.PlaceProfiles.AsNoTracking().IgnoreQueryFilters().Where(p => keys.Contains(p.PlaceKey))
            .Select(p => new { p.PlaceKey, p.Festivals, p.Specialties })
            .ToDictionaryAsync(p => p.PlaceKey, cancellationToken);

        var benefits = await BenefitsAsync(code, domesticCodes, ties, cancellationToken);
        var partners = new List<PublicPartner>();
        foreach (var tie in ties)
        {
            var key = tie.PartnerKey(code);
            var profile = profiles.GetValueOrDefault(key);
            var specialties = profile?.Specialties?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            var festivalNames = profile?.Festivals?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            var onlyForIts = benefits.Where(b => b.OnlyForPartnerKey == key && b.OfferedByCode == code).ToList();
            if (tie.OtherGovernment(code) is { } other)
            {
                var g = governments[other];
                var forOurs = benefits.Where(b => b.OfferedByCode == other).ToList();
                partners.Add(new PublicPartner(key, true, other, g.NameKo, g.NameEn, g.ProvinceKo, "KR", "대한민국", "South Korea", tie.Type, tie.SignedYear, tie.Fields,
                    g.Latitude, g.Longitude, Festivals(other, festivalNames), specialties, onlyForIts, forOurs));
            }
            else
            {
                var c = cities[tie.CityId!.Value];
                partners.Add(new PublicPartner(key, false, null, c.NameKo ?? c.NameEn, c.NameEn, c.AdminRegion, c.CountryCode, c.CountryKo, c.CountryEn, tie.Type,
                    tie.SignedYear, tie.Fields, c.Latitude, c.Longitude, festivalNames.Select(n => new PublicFestival(n, null, null)).ToList(), specialties, onlyForIts, []));
            }
        }

        var ordered = partners.OrderBy(p => p.IsDomestic).ThenBy(p => p.SinceYear ?? int.MaxValue).ThenBy(p => p.NameKo, StringComparer.Ordinal).ToList();
        var forAll = benefits.Where(b => b.OfferedByCode == code && b.OnlyForPartnerKey is null).ToList();
        var summary = new PublicGovernment(government.Code, government.NameKo, government.NameEn, government.ProvinceKo, ties.Count);
        return new PublicGovernmentView(summary, government.Latitude, government.Longitude, ordered, forAll,
            await ActivitiesAsync(code, ties, ordered, cancellationToken));
    }

    private IQueryable<Partnership> Signed() =>
        db.Partnerships.AsNoTracking().IgnoreQueryFilters().Where(p => p.Status == PartnershipStatus.Active || p.Status == PartnershipStatus.Dormant);

    // Published, not ended, offered by this government or a domestic partner, to all partners or to one of these ties.
    private async Task<List<PublicBenefit>> BenefitsAsync(string code, List<string> partnerCodes, List<Tie> ties, CancellationToken cancellationToken)
    {
        var today = Today;
        var tieIds = ties.Select(t => t.Id).ToList();
        var owners = partnerCodes.Append(code).ToList();
        var rows = await (from b in db.ResidentBenefits.AsNoTracking().IgnoreQueryFilters()
                          where b.IsPublished && (b.ValidUntil == null || b.ValidUntil >= today) && owners.Contains(b.OwnerCode)
                                && (b.PartnershipId == null || tieIds.Contains(b.PartnershipId.Value))
                          join g in db.LocalGovernments on b.OwnerCode equals g.Code
                          orderby b.Category, b.Title, b.Id
                          select new { b.Id, b.Title, b.Category, b.Details, b.Place, b.ValidFrom, b.ValidUntil, b.OwnerCode, g.NameKo, g.NameEn, b.PartnershipId })
            .ToListAsync(cancellationToken);
        var tiesById = ties.ToDictionary(t => t.Id);
        return rows.Select(b => new PublicBenefit(b.Id, b.Title, b.Category, b.Details, b.Place, b.ValidFrom, b.ValidUntil, b.OwnerCode, b.NameKo, b.NameEn,
                // Named to a tie, ours is for that partner's residents and a partner's is for ours.
                b.PartnershipId is { } id ? (b.OwnerCode == code ? tiesById[id].PartnerKey(code) : PlaceKey.OfGovernment(code)) : null))
            .ToList();
    }

    private async Task<IReadOnlyList<PublicActivity>> ActivitiesAsync(string code, List<Tie> ties, List<PublicPartner> partners, CancellationToken cancellationToken)
    {
        var today = Today;
        var tieIds = ties.Select(t => t.Id).ToList();
        var rows = await db.Activities.AsNoTracking().IgnoreQueryFilters()
            .Where(a => tieIds.Contains(a.PartnershipId) && a.HeldOn <= today)
            .OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id)
            .Take(RecentActivityCount)
            .Select(a => new { a.Title, a.HeldOn, a.EndsOn, a.Kind, a.PartnershipId })
            .ToListAsync(cancellationToken);
        var keyOfTie = ties.ToDictionary(t => t.Id, t => t.PartnerKey(code));
        var byKey = partners.ToDictionary(p => p.Key);
        return rows.Select(a =>
        {
            var partner = byKey[keyOfTie[a.PartnershipId]];
            return new PublicActivity(a.Title, a.HeldOn, a.EndsOn, a.Kind, partner.Key, partner.NameKo, partner.NameEn);
        }).ToList();
    }

    // The reference festival table gives dates for the names a Korean government's profile lists.
    private static List<PublicFestival> Festivals(string code, string[] names)
    {
        var known = FestivalsByHost.Value[code].GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return names.Select(n => known.TryGetValue(n, out var f) ? new PublicFestival(n, f.StartsOn, f.EndsOn) : new PublicFestival(n, null, null)).ToList();
    }

    private sealed record Tie(int Id, string OwnerCode, string? PartnerCode, int? CityId, PartnershipType Type, int? SignedYear, ExchangeFields Fields)
    {
        /// <summary>The Korean government on the other side of a domestic tie; null for a foreign partner.</summary>
        public string? OtherGovernment(string code) => PartnerCode is null ? null : OwnerCode == code ? PartnerCode : OwnerCode;

        public string PartnerKey(string code) => OtherGovernment(code) is { } other ? PlaceKey.OfGovernment(other) : PlaceKey.OfForeignCity(CityId!.Value);
    }
}

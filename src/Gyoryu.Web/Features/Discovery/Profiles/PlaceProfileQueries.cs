using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Profiles;

/// <summary>A partner the place already has, seen from the place's side.</summary>
public sealed record ExistingPartner(int PartnershipId, string NameKo, string NameEn, string CountryNameKo, string CountryNameEn, PartnershipType Type, PartnershipStatus Status, PartialDate? SignedOn);

/// <summary>Everything the profile page shows: reference facts, the editable profile (null until someone writes one) and existing partners.</summary>
public sealed record PlaceProfileView(
    PlaceName Place,
    Tier? Tier,
    int? Population,
    string? PopulationMonth,
    double? Latitude,
    double? Longitude,
    PlaceProfile? Profile,
    IReadOnlyList<ExistingPartner> Partners)
{
    public int Version => Profile?.Version ?? 0;
}

public sealed class PlaceProfileQueries(GyoryuDbContext db, PartnershipQueries partnerships)
{
    public async Task<PlaceProfileView?> FindAsync(string placeKey, CancellationToken cancellationToken)
    {
        if (!PlaceKey.TryParse(placeKey, out var place) || await Places.NameAsync(db, placeKey, cancellationToken) is not { } name)
        {
            return null;
        }

        var profile = await db.PlaceProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.PlaceKey == placeKey, cancellationToken);
        if (place.IsDomestic)
        {
            var g = await db.LocalGovernments.AsNoTracking().SingleAsync(g => g.Code == place.LocalGovernmentCode, cancellationToken);
            var rows = await partnerships.AllAsync(new PartnershipFilter { Government = g.Code }, cancellationToken);
            var partners = rows.Select(r => new ExistingPartner(r.Id, r.PartnerNameKo, r.PartnerNameEn, r.CountryNameKo, r.CountryNameEn, r.Type, r.Status, r.SignedOn)).ToList();
            return new PlaceProfileView(name, g.Tier, g.Population, g.PopulationMonth, g.Latitude, g.Longitude, profile, partners);
        }

        var city = await db.ForeignCities.AsNoTracking().SingleAsync(c => c.Id == place.ForeignCityId, cancellationToken);
        var ids = await db.Partnerships.AsNoTracking().Where(p => p.PartnerForeignCityId == city.Id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        // A foreign city's partners are the Korean governments that registered it.
        var cityPartners = new List<ExistingPartner>();
        foreach (var id in ids)
        {
            if (await partnerships.RowAsync(id, null, cancellationToken) is { } r)
            {
                cityPartners.Add(new ExistingPartner(r.Id, r.GovernmentNameKo, r.GovernmentNameEn, "대한민국", "Republic of Korea", r.Type, r.Status, r.SignedOn));
            }
        }

        return new PlaceProfileView(name, null, city.Population, null, city.Latitude, city.Longitude, profile, cityPartners);
    }
}

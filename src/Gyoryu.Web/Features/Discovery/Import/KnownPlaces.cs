using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Partners;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Import;

/// <summary>What an import matches against, read with only the columns the matcher needs.</summary>
internal sealed record KnownPlaces(
    IReadOnlyList<KnownGovernment> Governments,
    IReadOnlyList<KnownForeignCity> Cities,
    IReadOnlyList<KeyValuePair<string, string>> CountryCodesByName,
    IReadOnlySet<string> CountryCodes,
    IReadOnlyDictionary<string, int> TwinCityIds,
    IReadOnlyList<(string, string)> Links)
{
    public static async Task<KnownPlaces> LoadAsync(GyoryuDbContext db, CancellationToken cancellationToken)
    {
        var governments = await db.LocalGovernments.AsNoTracking()
            .Select(g => new KnownGovernment(g.Code, g.NameKo, g.NameEn, g.ProvinceKo, g.Tier, g.Latitude, g.Longitude))
            .ToListAsync(cancellationToken);
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Code, c.NameEn }).ToListAsync(cancellationToken);
        var cities = await db.ForeignCities.AsNoTracking()
            .Select(c => new { c.Id, c.NameEn, c.SearchName, c.CountryCode, c.Latitude, c.Longitude, c.Population, c.ReferenceId })
            .ToListAsync(cancellationToken);
        var links = await db.TwinLinks.AsNoTracking().Select(l => new { l.PlaceA, l.PlaceB }).ToListAsync(cancellationToken);

        // Cities an earlier list created are found again by their reference id (name and country), not by the matcher's proximity
        // rules, so importing a list again resolves every row exactly as the first time.
        var createdByLists = cities.Where(c => c.ReferenceId?.StartsWith(ForeignCity.TwinListReferencePrefix, StringComparison.Ordinal) == true).ToList();
        return new KnownPlaces(
            governments,
            [.. cities.Except(createdByLists).Select(c => new KnownForeignCity(c.Id, c.NameEn, c.SearchName, c.CountryCode, c.Latitude, c.Longitude, c.Population))],
            [.. countries.Select(c => new KeyValuePair<string, string>(c.NameEn, c.Code))],
            countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal),
            createdByLists.ToDictionary(c => c.ReferenceId!, c => c.Id, StringComparer.Ordinal),
            [.. links.Select(l => (l.PlaceA, l.PlaceB))]);
    }
}

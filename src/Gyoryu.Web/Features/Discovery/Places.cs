using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.ForeignCities;
using Gyoryu.Web.Features.LocalGovernments;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery;

/// <summary>A Korean local government or a foreign city as discovery shows it, named by its <see cref="PlaceKey"/>.</summary>
public sealed record PlaceName(
    string PlaceKey, PartnerKind Kind, string NameKo, string NameEn, string CountryCode, string CountryNameKo, string CountryNameEn, string? Region)
{
    public string Name(bool english) => english ? NameEn : NameKo;

    public string Country(bool english) => english ? CountryNameEn : CountryNameKo;
}

/// <summary>Finds and names places by their discovery keys ("KR-41570", "FC-42").</summary>
public static class Places
{
    public const string Korea = "KR";

    /// <summary>The place a key names and the partner's country code; refuses a key that names nothing a partnership could have.</summary>
    public static async Task<(PartnerRef Place, string CountryCode)> ResolveAsync(GyoryuDbContext db, string? key, CancellationToken cancellationToken)
    {
        if (!PlaceKey.TryParse(key?.Trim(), out var place))
        {
            throw new DomainRuleException("place.key", "후보 도시를 목록에서 선택하세요.", "Choose the place from the list.", "PlaceKey");
        }

        if (place.IsDomestic)
        {
            return await db.LocalGovernments.AnyAsync(g => g.Code == place.LocalGovernmentCode, cancellationToken)
                ? (place, Korea)
                : throw new DomainRuleException("place.unknown", "지방자치단체를 찾을 수 없습니다.", "The local government was not found.", "PlaceKey");
        }

        var country = await db.ForeignCities.Where(c => c.Id == place.ForeignCityId).Select(c => c.CountryCode).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException("place.unknown", "해외 도시를 찾을 수 없습니다.", "The foreign city was not found.", "PlaceKey");
        return country != Korea
            ? (place, country)
            : throw new DomainRuleException("place.korean-city", "국내 도시는 지방자치단체로 선택하세요.", "Choose a Korean place as a local government.", "PlaceKey");
    }

    public static async Task<PlaceName?> NameAsync(GyoryuDbContext db, string key, CancellationToken cancellationToken) =>
        (await NamesAsync(db, [key], cancellationToken)).GetValueOrDefault(key);

    public static async Task<IReadOnlyDictionary<string, PlaceName>> NamesAsync(GyoryuDbContext db, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var codes = new List<string>();
        var cityIds = new List<int>();
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (PlaceKey.TryParse(key, out var place))
            {
                if (place.IsDomestic)
                {
                    codes.Add(place.LocalGovernmentCode!);
                }
                else
                {
                    cityIds.Add(place.ForeignCityId!.Value);
                }
            }
        }

        var names = new Dictionary<string, PlaceName>(StringComparer.Ordinal);
        if (codes.Count > 0)
        {
            var korea = await KoreaAsync(db, cancellationToken);
            foreach (var g in await db.LocalGovernments.AsNoTracking().Where(g => codes.Contains(g.Code)).ToListAsync(cancellationToken))
            {
                names[PlaceKey.OfGovernment(g.Code)] = Of(g, korea);
            }
        }

        if (cityIds.Count > 0)
        {
            var cities = await (from c in db.ForeignCities.AsNoTracking()
                                join country in db.Countries on c.CountryCode equals country.Code
                                where cityIds.Contains(c.Id)
                                select new { c.Id, c.NameEn, c.NameKo, c.CountryCode, CountryNameKo = country.NameKo, CountryNameEn = country.NameEn, c.AdminRegion })
                .ToListAsync(cancellationToken);
            foreach (var c in cities)
            {
                names[PlaceKey.OfForeignCity(c.Id)] = new PlaceName(
                    PlaceKey.OfForeignCity(c.Id), PartnerKind.ForeignCity, c.NameKo ?? c.NameEn, c.NameEn, c.CountryCode, c.CountryNameKo, c.CountryNameEn, c.AdminRegion);
            }
        }

        return names;
    }

    /// <summary>Korean governments and foreign cities whose name matches, for the place pickers: governments first, then cities largest first.</summary>
    public static async Task<IReadOnlyList<PlaceName>> SearchAsync(GyoryuDbContext db, string? q, string? exceptGovernment, int take, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return [];
        }

        var korea = await KoreaAsync(db, cancellationToken);
        var governments = (await LocalGovernmentSearch.FindAsync(db, q, null, take, cancellationToken))
            .Where(g => g.Code != exceptGovernment && g.Tier != Tier.AdministrativeCity)
            .Select(g => Of(g, korea));
        var cities = (await ForeignCitySearch.FindAsync(db, q, null, take, cancellationToken))
            .Where(c => c.CountryCode != Korea)
            .Select(c => new PlaceName(PlaceKey.OfForeignCity(c.Id), PartnerKind.ForeignCity, c.NameKo ?? c.NameEn, c.NameEn, c.CountryCode, c.CountryNameKo, c.CountryNameEn, c.AdminRegion));
        return governments.Concat(cities).Take(take).ToList();
    }

    private static PlaceName Of(LocalGovernment g, (string Ko, string En) korea) =>
        new(PlaceKey.OfGovernment(g.Code), PartnerKind.LocalGovernment, g.NameKo, g.NameEn, Korea, korea.Ko, korea.En, g.ProvinceKo);

    private static async Task<(string Ko, string En)> KoreaAsync(GyoryuDbContext db, CancellationToken cancellationToken)
    {
        var korea = await db.Countries.AsNoTracking().Where(c => c.Code == Korea).Select(c => new { c.NameKo, c.NameEn }).SingleOrDefaultAsync(cancellationToken);
        return korea is null ? ("대한민국", "Republic of Korea") : (korea.NameKo, korea.NameEn);
    }
}

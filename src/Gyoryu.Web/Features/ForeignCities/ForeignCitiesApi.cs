using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Errors;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.ForeignCities;

public static class ForeignCitiesApi
{
    public static IEndpointRouteBuilder MapForeignCitiesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Foreign cities");
        api.MapGet("/countries", Countries).WithName("ListCountries");
        api.MapGet("/foreign-cities", Search).WithName("SearchForeignCities");
        api.MapPost("/foreign-cities", Add).WithName("AddForeignCity").WithValidation<NewForeignCity>();
        return endpoints;
    }

    public static async Task<Ok<List<CountryItem>>> Countries(GyoryuDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Countries.AsNoTracking().OrderBy(c => c.NameKo)
            .Select(c => new CountryItem(c.Code, c.Code3, c.NameKo, c.NameEn, c.Region)).ToListAsync(cancellationToken));

    /// <summary>Cities by English or Korean name, largest first; optionally within one country.</summary>
    public static async Task<Ok<List<ForeignCityItem>>> Search(string? q, string? country, GyoryuDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ForeignCitySearch.FindAsync(db, q, country, 30, cancellationToken));

    public static async Task<IResult> Add(NewForeignCity input, GyoryuDbContext db, CurrentOfficer officer, CancellationToken cancellationToken)
    {
        try
        {
            var countryCode = input.CountryCode!.Trim().ToUpperInvariant();
            if (!await db.Countries.AnyAsync(c => c.Code == countryCode, cancellationToken))
            {
                throw new DomainRuleException("foreign-city.country", "국가를 찾을 수 없습니다.", "Unknown country.", nameof(input.CountryCode));
            }

            var city = ForeignCity.AddedByUser(officer.GovernmentCode, input.NameEn!, input.NameKo, countryCode, input.AdminRegion, input.IsRegion,
                input.Population, input.Latitude, input.Longitude);
            db.ForeignCities.Add(city);
            await db.SaveChangesAsync(cancellationToken);
            var item = (await ForeignCitySearch.ByIdAsync(db, city.Id, cancellationToken))!;
            return TypedResults.Created($"/api/foreign-cities/{city.Id}", item);
        }
        catch (DomainRuleException refusal)
        {
            return refusal.ToProblem();
        }
    }
}

public sealed record CountryItem(string Code, string Code3, string NameKo, string NameEn, string Region);

public sealed record ForeignCityItem(int Id, string NameEn, string? NameKo, string CountryCode, string CountryNameKo, string CountryNameEn, string? AdminRegion, int? Population, double? Latitude, double? Longitude, bool IsRegion);

public sealed record NewForeignCity
{
    [Required(ErrorMessage = "도시 영문 이름을 입력하세요.")]
    [StringLength(200, ErrorMessage = "이름은 200자 이하로 입력하세요.")]
    public string? NameEn { get; init; }

    [StringLength(200, ErrorMessage = "이름은 200자 이하로 입력하세요.")]
    public string? NameKo { get; init; }

    [Required(ErrorMessage = "국가를 선택하세요.")]
    [StringLength(2, MinimumLength = 2, ErrorMessage = "국가 코드는 두 글자(ISO)입니다.")]
    public string? CountryCode { get; init; }

    [StringLength(200, ErrorMessage = "지역은 200자 이하로 입력하세요.")]
    public string? AdminRegion { get; init; }

    public bool IsRegion { get; init; }

    [Range(0, 100_000_000, ErrorMessage = "인구는 0 이상이어야 합니다.")]
    public int? Population { get; init; }

    [Range(-90, 90, ErrorMessage = "위도는 -90에서 90 사이입니다.")]
    public double? Latitude { get; init; }

    [Range(-180, 180, ErrorMessage = "경도는 -180에서 180 사이입니다.")]
    public double? Longitude { get; init; }
}

public static class ForeignCitySearch
{
    public static async Task<List<ForeignCityItem>> FindAsync(GyoryuDbContext db, string? q, string? country, int take, CancellationToken cancellationToken)
    {
        var query = db.ForeignCities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.Trim().ToUpperInvariant();
            query = query.Where(c => c.CountryCode == code);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = SearchText.Fold(q);
            var korean = q.Trim();
            query = query.Where(c => c.SearchName.StartsWith(term) || (c.NameKo != null && c.NameKo.Contains(korean)));
        }

        var found = await Items(db, query.OrderByDescending(c => c.Population ?? 0).ThenBy(c => c.NameEn).Take(take)).ToListAsync(cancellationToken);
        return found.OrderByDescending(c => c.Population ?? 0).ThenBy(c => c.NameEn, StringComparer.Ordinal).ToList();
    }

    public static Task<ForeignCityItem?> ByIdAsync(GyoryuDbContext db, int id, CancellationToken cancellationToken) =>
        Items(db, db.ForeignCities.Where(c => c.Id == id)).SingleOrDefaultAsync(cancellationToken);

    private static IQueryable<ForeignCityItem> Items(GyoryuDbContext db, IQueryable<ForeignCity> cities) =>
        from c in cities
        join country in db.Countries on c.CountryCode equals country.Code
        select new ForeignCityItem(c.Id, c.NameEn, c.NameKo, c.CountryCode, country.NameKo, country.NameEn, c.AdminRegion, c.Population, c.Latitude, c.Longitude, c.IsRegion);
}

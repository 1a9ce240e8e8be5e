using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Errors;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Public;

/// <summary>Open data without signing in: the governments with signed ties, and each one's partners and published benefits.</summary>
public static class PublicApi
{
    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/public/local-governments").WithTags("Public").AllowAnonymous();
        api.MapGet("/", Governments).WithName("ListPublicGovernments");
        api.MapGet("/{code}/partners", Partners).WithName("GetPublicPartners");
        api.MapGet("/{code}/map-points", MapPoints).WithName("GetPublicMapPoints");
        return endpoints;
    }

    public static async Task<IResult> Governments(PublicQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.GovernmentsAsync(cancellationToken));

    /// <summary>The same public facts as /public/{code}: signed partners, festivals, specialties, benefits and past activities.</summary>
    public static async Task<IResult> Partners(string code, PublicQueries queries, CancellationToken cancellationToken) =>
        await queries.GovernmentAsync(code, cancellationToken) is { } view ? TypedResults.Ok(PublicPartnersResponse.From(view)) : NotFound();

    /// <summary>The government and its partners in the shape wwwroot/js/partner-map.js reads, linking to each partner on the page.</summary>
    public static async Task<IResult> MapPoints(string code, PublicQueries queries, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (await queries.GovernmentAsync(code, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var g = view.Government;
        var points = new List<PublicMapPoint> { new(g.NameKo, g.NameEn, view.Latitude, view.Longitude, "self", l["이 기관"], null, null) };
        points.AddRange(view.Partners.Where(p => p.Latitude is not null && p.Longitude is not null).Select(p => new PublicMapPoint(
            p.NameKo, p.NameEn, p.Latitude!.Value, p.Longitude!.Value, p.IsDomestic ? "domestic" : "international",
            p.IsDomestic ? l["국내 교류 도시"] : l["해외 교류 도시"], Labels.Type(p.Type), $"#partner-{p.Key}")));
        return TypedResults.Ok(points);
    }

    private static IResult NotFound() => TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound);
}

public sealed record PublicMapPoint(string Name, string NameEn, double Lat, double Lng, string Kind, string KindLabel, string? TypeLabel, string? Url);

public sealed record PublicPartnerItem(
    string Key, bool IsDomestic, string? GovernmentCode, string NameKo, string NameEn, string? Region, string CountryCode, string CountryNameKo,
    string CountryNameEn, PartnershipType Type, int? SinceYear, IReadOnlyList<string> Fields, IReadOnlyList<PublicFestival> Festivals,
    IReadOnlyList<string> Specialties, IReadOnlyList<PublicBenefit> BenefitsOnlyForItsResidents, IReadOnlyList<PublicBenefit> BenefitsForOurResidents)
{
    public static PublicPartnerItem From(PublicPartner p) => new(
        p.Key, p.IsDomestic, p.GovernmentCode, p.NameKo, p.NameEn, p.Region, p.CountryCode, p.CountryNameKo, p.CountryNameEn, p.Type, p.SinceYear,
        FieldCodes.Codes(p.Fields), p.Festivals, p.Specialties, p.OnlyForItsResidents, p.ForOurResidents);
}

/// <summary>GET /api/public/local-governments/{code}/partners.</summary>
public sealed record PublicPartnersResponse(
    string Code, string NameKo, string NameEn, string ProvinceKo, IReadOnlyList<PublicPartnerItem> Partners,
    IReadOnlyList<PublicBenefit> BenefitsForAllPartnerResidents, IReadOnlyList<PublicActivity> RecentActivities)
{
    public static PublicPartnersResponse From(PublicGovernmentView view) => new(
        view.Government.Code, view.Government.NameKo, view.Government.NameEn, view.Government.ProvinceKo,
        view.Partners.Select(PublicPartnerItem.From).ToList(), view.ForAllPartners, view.RecentActivities);
}

using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Discovery.Profiles;

public static class PlaceProfilesApi
{
    public const string StaleDetail = "이 프로필은 다른 사용자가 먼저 수정했습니다. 새로 고쳐 최신 내용을 확인한 뒤 다시 저장하세요. 아무것도 덮어쓰지 않았습니다.";

    public static IServiceCollection AddPlaceProfiles(this IServiceCollection services)
    {
        services.AddScoped<PlaceProfileQueries>();
        services.AddScoped<PlaceProfileCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapPlaceProfilesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/places/{placeKey}/profile").WithTags("Place profiles");
        api.MapGet("/", Get).WithName("GetPlaceProfile");
        api.MapPut("/", Put).WithName("EditPlaceProfile").WithValidation<ProfileInput>();
        return endpoints;
    }

    /// <summary>A Korean government ("KR-41570") or foreign city ("FC-42"); a place nobody has described answers with empty fields and version 0.</summary>
    public static async Task<Results<Ok<ProfileItem>, ProblemHttpResult>> Get(string placeKey, PlaceProfileQueries queries, CancellationToken cancellationToken) =>
        await queries.FindAsync(placeKey, cancellationToken) is { } view
            ? TypedResults.Ok(ProfileItem.From(view))
            : TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound);

    public static async Task<IResult> Put(
        string placeKey, ProfileInput input, PlaceProfileCommands commands, PlaceProfileQueries queries, IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        var outcome = await commands.SaveAsync(placeKey, input, cancellationToken);
        return outcome.Kind switch
        {
            OutcomeKind.Done => TypedResults.Ok(ProfileItem.From((await queries.FindAsync(placeKey, cancellationToken))!)),
            OutcomeKind.NotFound => TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound),
            OutcomeKind.Stale => TypedResults.Problem(l[StaleDetail].Value, statusCode: StatusCodes.Status409Conflict, title: ErrorSetup.Titles.Stale),
            _ => outcome.Refusal!.ToProblem(),
        };
    }
}

public sealed record ProfilePartnerItem(int PartnershipId, string NameKo, string NameEn, PartnershipType Type, PartnershipStatus Status, string? SignedOn);

public sealed record ProfileItem(
    string PlaceKey,
    PartnerKind Kind,
    string NameKo,
    string NameEn,
    string CountryCode,
    string CountryNameKo,
    string CountryNameEn,
    string? Region,
    Tier? Tier,
    int? Population,
    double? Latitude,
    double? Longitude,
    bool Described,
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> GoalTags,
    string? GoalText,
    bool? Coastal,
    IReadOnlyList<string> Specialties,
    IReadOnlyList<string> Festivals,
    string? Source,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt,
    int Version,
    IReadOnlyList<ProfilePartnerItem> Partners)
{
    public static ProfileItem From(PlaceProfileView v)
    {
        var p = v.Profile;
        return new ProfileItem(
            v.Place.PlaceKey, v.Place.Kind, v.Place.NameKo, v.Place.NameEn, v.Place.CountryCode, v.Place.CountryNameKo, v.Place.CountryNameEn, v.Place.Region,
            v.Tier, v.Population, v.Latitude, v.Longitude, p is not null,
            p?.Industries.Select(i => i.ToString()).ToList() ?? [],
            p?.GoalTags.Select(t => t.ToString()).ToList() ?? [],
            p?.GoalText, p?.Coastal,
            Split(p?.Specialties, ','), Split(p?.Festivals, '\n'), p?.Source, p?.UpdatedBy, p?.UpdatedAt, v.Version,
            v.Partners.Select(x => new ProfilePartnerItem(x.PartnershipId, x.NameKo, x.NameEn, x.Type, x.Status, x.SignedOn?.ToString())).ToList());
    }

    private static List<string> Split(string? text, char separator) =>
        text is null ? [] : [.. text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

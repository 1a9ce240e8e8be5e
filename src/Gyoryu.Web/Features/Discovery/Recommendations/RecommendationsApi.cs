using Gyoryu.Web.Features.Discovery.Import;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Dashboard;
using Gyoryu.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gyoryu.Web.Features.Discovery.Recommendations;

public static class RecommendationsApi
{
    public static IServiceCollection AddRecommendations(this IServiceCollection services)
    {
        services.AddSingleton<DiscoveryIndex>();
        services.AddSingleton<DiscoveryIndexInvalidation>();
        services.ConfigureDbContext<GyoryuDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<DiscoveryIndexInvalidation>()));
        services.AddScoped<RecommendationQueries>();
        services.AddScoped<IDiscoveryNetworkListener, RefitWeightsAfterImport>();
        return services;
    }

    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/local-governments").WithTags("Recommendations");
        api.MapGet("/{code}/recommendations", Recommend).WithName("RecommendPartners")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{code}/recommendations/map-points", MapPoints).WithName("GetRecommendationMapPoints")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>
    /// Candidate partners for a local government (by code or Korean/English name), best first, each with its component scores,
    /// a one-line Korean reason and any concentration warning. Weights not given come from the latest fitted import, else the defaults.
    /// </summary>
    public static async Task<Results<Ok<RecommendationList>, ValidationProblem, ProblemHttpResult>> Recommend(
        string code, [AsParameters] RecommendationInput input, RecommendationQueries queries, CancellationToken cancellationToken)
    {
        var outcome = await queries.RecommendAsync(code, input, SourceKinds.KoreanGovernments, cancellationToken);
        return outcome.Refusal is { } refusal ? ToProblem(refusal) : TypedResults.Ok(outcome.List!);
    }

    /// <summary>The same ranking as points for wwwroot/js/partner-map.js: the government first, then each recommended place that has coordinates.</summary>
    public static async Task<Results<Ok<IReadOnlyList<RecommendationMapPoint>>, ValidationProblem, ProblemHttpResult>> MapPoints(
        string code, [AsParameters] RecommendationInput input, RecommendationQueries queries, CancellationToken cancellationToken)
    {
        var outcome = await queries.RecommendAsync(code, input, SourceKinds.KoreanGovernments, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return ToProblem<IReadOnlyList<RecommendationMapPoint>>(refusal);
        }

        var list = outcome.List!;
        var candidate = RecommendationQueries.Localised("추천 후보", "Recommended candidate");
        var points = new List<RecommendationMapPoint>
        {
            new(list.Source.NameKo, list.Source.NameEn, list.Source.Latitude, list.Source.Longitude, "self", null, null, null, null),
        };
        points.AddRange(list.Items
            .Where(i => i.Latitude is not null && i.Longitude is not null)
            .Select(i => new RecommendationMapPoint(
                i.NameKo, i.NameEn, i.Latitude!.Value, i.Longitude!.Value, i.CountryCode == "KR" ? "domestic" : "international",
                RecommendationQueries.Localised($"{i.Rank}위 · 점수 {i.Total:0.000}", $"#{i.Rank} · score {i.Total:0.000}"),
                i.CountryCode == "KR" ? i.Region : RecommendationQueries.Localised(i.CountryNameKo, i.CountryNameEn),
                candidate,
                $"#rec-{i.PlaceKey}")));
        return TypedResults.Ok<IReadOnlyList<RecommendationMapPoint>>(points);
    }

    internal static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToProblem<T>(RecommendationRefusal refusal)
    {
        var extensions = new Dictionary<string, object?> { ["rule"] = refusal.Rule };
        if (refusal.Kind != RefusalKind.Invalid)
        {
            extensions[refusal.Kind == RefusalKind.AmbiguousSource ? "options" : "suggestions"] = refusal.Options;
        }

        return refusal.Kind switch
        {
            RefusalKind.UnknownSource => TypedResults.Problem(
                refusal.Message, statusCode: StatusCodes.Status404NotFound, title: ErrorSetup.Titles.NotFound, extensions: extensions),
            _ => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [refusal.Field ?? "query"] = [refusal.Message] },
                detail: refusal.Message, title: ErrorSetup.Titles.Invalid, extensions: extensions),
        };
    }

    private static Results<Ok<RecommendationList>, ValidationProblem, ProblemHttpResult> ToProblem(RecommendationRefusal refusal) =>
        ToProblem<RecommendationList>(refusal);
}

/// <summary>A point in the shape partner-map.js reads (see <see cref="MapPoint"/>), with the labels of a recommendation.</summary>
public sealed record RecommendationMapPoint(
    string Name, string NameEn, double Lat, double Lng, string Kind, string? StatusLabel, string? TypeLabel, string? KindLabel, string? Url);

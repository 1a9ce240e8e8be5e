using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gyoryu.Web.Features.Dashboard;

public static class DashboardApi
{
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services.AddScoped<DashboardQueries>();

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/dashboard").WithTags("Dashboard");
        api.MapGet("/", Summary).WithName("GetDashboard");
        api.MapGet("/map-points", MapPoints).WithName("GetMapPoints");
        return endpoints;
    }

    public static async Task<Results<Ok<DashboardSummary>, NotFound>> Summary(string? government, CurrentOfficer officer, DashboardQueries queries, CancellationToken cancellationToken)
    {
        var summary = await queries.SummaryAsync(government ?? officer.GovernmentCode, cancellationToken);
        return summary is null ? TypedResults.NotFound() : TypedResults.Ok(summary);
    }

    public static async Task<Ok<IReadOnlyList<MapPoint>>> MapPoints(string? government, CurrentOfficer officer, DashboardQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.MapPointsAsync(government ?? officer.GovernmentCode, cancellationToken));
}

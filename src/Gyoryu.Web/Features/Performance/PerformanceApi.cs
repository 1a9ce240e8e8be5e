namespace Gyoryu.Web.Features.Performance;

/// <summary>KPIs, dormancy, yearly evaluations and public feedback.</summary>
public static class PerformanceApi
{
    public static IServiceCollection AddPerformance(this IServiceCollection services)
    {
        services.AddScoped<KpiQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapPerformanceApi(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>Rubrics, yearly evaluations (성과평가) and the public feedback link.</summary>
public static class EvaluationsApi
{
    public static IServiceCollection AddEvaluations(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        return services;
    }

    public static IEndpointRouteBuilder MapEvaluationsApi(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}

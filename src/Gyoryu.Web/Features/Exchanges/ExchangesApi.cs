namespace Gyoryu.Web.Features.Exchanges;

/// <summary>Exchange projects and activities: the registry of what each tie actually does.</summary>
public static class ExchangesApi
{
    public static IServiceCollection AddExchanges(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapExchangesApi(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}

namespace Gyoryu.Web.Infrastructure.Officers;

public static class OfficerSetup
{
    public static IServiceCollection AddCurrentOfficer(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentOfficer>();
        return services;
    }

    /// <summary>POST /government: a system administrator chooses the local government whose records they work on.</summary>
    public static IEndpointRouteBuilder MapGovernmentSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/government", (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string code, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (CurrentOfficer.IsGovernmentCode(code))
            {
                context.Response.Cookies.Append(CurrentOfficer.GovernmentCookie, code, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    MaxAge = TimeSpan.FromDays(365),
                    IsEssential = true,
                });
            }

            return TypedResults.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') ? "/" : returnUrl);
        }).ExcludeFromDescription().RequireAuthorization(Features.Account.Policies.SystemAdministrator);
        return endpoints;
    }
}

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

    /// <summary>POST /government: chooses the local government whose partnerships the officer works on.</summary>
    public static IEndpointRouteBuilder MapGovernmentSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/government", (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string code, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (code is { Length: 5 } && code.All(char.IsAsciiDigit))
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
        }).ExcludeFromDescription();
        return endpoints;
    }
}

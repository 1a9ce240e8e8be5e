using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Gyoryu.Web.Infrastructure.Localisation;

/// <summary>POST /culture: the layout's language switch stores the choice in the culture cookie and goes back.</summary>
public static class CultureApi
{
    public static RouteHandlerBuilder MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapPost("/culture", SwitchCulture)
            .WithName(nameof(SwitchCulture))
            .ExcludeFromDescription()
            .AllowAnonymous();

    // A form post, so the antiforgery middleware (app.UseAntiforgery()) validates the token before this runs.
    public static Results<RedirectHttpResult, ValidationProblem> SwitchCulture(
        [FromForm] string? culture, [FromForm] string? returnUrl, HttpContext context)
    {
        var supported = LocalisationSetup.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
        if (supported is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["culture"] = [$"Supported cultures: {string.Join(", ", LocalisationSetup.SupportedCultures)}."],
            });
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
            });

        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : $"{context.Request.PathBase}/");
    }

    // Same rule as IUrlHelper.IsLocalUrl: a rooted path, but not "//host" or "/\host".
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' &&
        (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) &&
        !url.Any(char.IsControl);
}

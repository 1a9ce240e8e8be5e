using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpsPolicy;

namespace Gyoryu.Web.Infrastructure.Security;

/// <summary>
/// The headers every answer carries (pages, API, static files, errors) and the rules every cookie follows.
/// Scripts and styles come only from our own files, so markup injected through data cannot run or restyle the page.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>
    /// Swagger UI's bundle (swagger-ui-bundle.js) adds a &lt;style&gt; element at run time; only its pages allow inline
    /// styles. Scripts stay 'self' there too.
    /// </summary>
    public static readonly string SwaggerContentSecurityPolicy =
        ContentSecurityPolicy.Replace("style-src 'self';", "style-src 'self' 'unsafe-inline';", StringComparison.Ordinal);

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.Configure<CookiePolicyOptions>(options =>
        {
            // No cookie of ours is read by JavaScript: culture, government, antiforgery and sign-in are all server-side.
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        return services;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // HSTS pins HTTPS in the browser for a year: only where the site is really served over HTTPS, never on a developer's machine.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            // Set when the answer starts, so an error page written after the exception handler cleared the headers still has them.
            context.Response.OnStarting(AddHeaders, context);
            return next(context);
        });
        return app;
    }

    private static Task AddHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase)
            ? SwaggerContentSecurityPolicy
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return Task.CompletedTask;
    }
}

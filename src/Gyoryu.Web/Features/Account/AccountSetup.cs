using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Features.Account;

public static class AccountSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<TenantScope>();
        services.AddIdentityCore<GyoryuUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-";
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GyoryuDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<KoreanIdentityErrors>()
            .AddPasswordValidator<PasswordRules>()
            .AddClaimsPrincipalFactory<GyoryuClaimsFactory>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "gyoryu-auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(9);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/Account/SignIn";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Events.OnRedirectToLogin = context => AnswerApiOr(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => AnswerApiOr(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.Staff))
            .AddPolicy(Policies.Editor, policy => policy.RequireRole(Roles.Editors))
            .AddPolicy(Policies.GovernmentAdministrator, policy => policy.RequireRole(Roles.SystemAdministrator, Roles.GovernmentAdministrator))
            .AddPolicy(Policies.SystemAdministrator, policy => policy.RequireRole(Roles.SystemAdministrator))
            .AddPolicy(Policies.PartnerGuest, policy => policy.RequireRole(Roles.PartnerGuest))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.Staff).Build());

        // Keys in the database, so every instance behind the proxy reads the others' cookies and antiforgery tokens (ADR 0014).
        services.AddDataProtection().SetApplicationName("Gyoryu").PersistKeysToDbContext<GyoryuDbContext>();

        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section);
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<AccountSeed>();
        services.AddScoped<Admin.Users.UserAdministration>();
        services.AddScoped<Guest.GuestArea>();
        return services;
    }

    /// <summary>Authentication, authorization and the two rules every request meets after them.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(RefuseChangesByReaders);
        app.Use(SendToPasswordChange);
        app.UseTenantRouteGuard();
        return app;
    }

    // Viewers and guests read; a change needs an editor role unless the endpoint says readers may post to it.
    private static Task RefuseChangesByReaders(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var user = context.User;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
            || user.Identity?.IsAuthenticated != true || user.IsEditor())
        {
            return next(context);
        }

        var endpoint = context.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<ReadersMayPostAttribute>() is not null)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    // A temporary password from an administrator is good for one thing only: choosing one's own.
    private static Task SendToPasswordChange(HttpContext context, RequestDelegate next)
    {
        if (context.User.HasClaim(GyoryuClaims.MustChangePassword, "true")
            && !context.Request.Path.StartsWithSegments("/Account")
            && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect("/Account/Password");
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static Task AnswerApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        // A JSON client gets the status; a person gets the sign-in page, or the refusal page with its status kept.
        if (context.Request.Path.StartsWithSegments("/api") || status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Marks a POST that viewers and partner guests may make (their language, signing out, their own password, comments).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ReadersMayPostAttribute : Attribute;

/// <summary>The "Gyoryu:Accounts" configuration section.</summary>
public sealed class AccountOptions
{
    public const string Section = "Gyoryu:Accounts";

    /// <summary>Sign-in attempts allowed from one address per window.</summary>
    public int SignInAttemptsPerWindow { get; set; } = 10;

    public int SignInWindowSeconds { get; set; } = 300;

    public FixedWindowRateLimiterOptions SignInLimit() => new()
    {
        PermitLimit = Math.Max(1, SignInAttemptsPerWindow),
        Window = TimeSpan.FromSeconds(Math.Max(1, SignInWindowSeconds)),
        QueueLimit = 0,
    };
}

/// <summary>
/// Sign-in attempts per client address: enough for a person who mistypes, too few for guessing (accounts also lock after five
/// failures). Only the POST counts, so reading the form never uses up an attempt.
/// </summary>
public sealed class SignInThrottle(IOptions<AccountOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(
        address => RateLimitPartition.GetFixedWindowLimiter(address, _ => options.Value.SignInLimit()));

    public bool TryAttempt(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}

/// <summary>Adds the government, display name and (for guests) the partnership to the sign-in cookie.</summary>
public sealed class GyoryuClaimsFactory(UserManager<GyoryuUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<GyoryuUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GyoryuUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(GyoryuClaims.Government, user.GovernmentCode));
        identity.AddClaim(new Claim(GyoryuClaims.DisplayName, user.DisplayName));
        if (user.PartnershipId is int partnershipId)
        {
            identity.AddClaim(new Claim(GyoryuClaims.Partnership, partnershipId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(GyoryuClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}

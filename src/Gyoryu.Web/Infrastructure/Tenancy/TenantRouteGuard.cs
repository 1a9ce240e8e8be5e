using System.Globalization;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Infrastructure.Tenancy;

/// <summary>
/// Refuses a request that names another government's record in its route, before binding or validation run, so that the answer
/// is 404 (record) or 403 (government) whatever the body holds. The query filters hide the same records from every query; this
/// guard only makes the refusal come first (ADR 0013). The tenant-isolation test walks the route table against it.
/// </summary>
public static class TenantRouteGuard
{
    // Which table a route's {id} names, by the route's leading segments (lower case, no leading slash).
    private static readonly (string Prefix, Func<GyoryuDbContext, int, CancellationToken, Task<bool>> IsVisible)[] OwnedIds =
    [
        ("api/partnerships/{id", (db, id, ct) => db.Partnerships.AnyAsync(p => p.Id == id, ct)),
        ("partnerships/{id", (db, id, ct) => db.Partnerships.AnyAsync(p => p.Id == id, ct)),
        ("partnerships/edit/{id", (db, id, ct) => db.Partnerships.AnyAsync(p => p.Id == id, ct)),
        ("api/activities/{id", (db, id, ct) => db.Activities.AnyAsync(a => a.Id == id, ct)),
        ("exchanges/activities/{id", (db, id, ct) => db.Activities.AnyAsync(a => a.Id == id, ct)),
        ("exchanges/activities/edit/{id", (db, id, ct) => db.Activities.AnyAsync(a => a.Id == id, ct)),
        ("api/projects/{id", (db, id, ct) => db.ExchangeProjects.AnyAsync(p => p.Id == id, ct)),
        ("exchanges/projects/{id", (db, id, ct) => db.ExchangeProjects.AnyAsync(p => p.Id == id, ct)),
        ("exchanges/projects/edit/{id", (db, id, ct) => db.ExchangeProjects.AnyAsync(p => p.Id == id, ct)),
        ("api/local-governments/{code}/candidates/{id", (db, id, ct) => db.Candidates.AnyAsync(c => c.Id == id, ct)),
        ("discovery/candidates/edit/{id", (db, id, ct) => db.Candidates.AnyAsync(c => c.Id == id, ct)),
        ("api/benefits/{id", (db, id, ct) => db.ResidentBenefits.AnyAsync(b => b.Id == id, ct)),
        ("benefits/edit/{id", (db, id, ct) => db.ResidentBenefits.AnyAsync(b => b.Id == id, ct)),
    ];

    // A government's own reference facts, readable by every signed-in user; every other {code}/... route is that government's.
    private static readonly string[] ReferenceUnderCode = ["api/local-governments/{code}/profile"];

    public static IApplicationBuilder UseTenantRouteGuard(this IApplicationBuilder app) => app.Use(GuardAsync);

    private static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        var tenant = context.RequestServices.GetRequiredService<TenantScope>().GovernmentCode;
        if (tenant is null || context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            await next(context);
            return;
        }

        var template = Normalise(endpoint.RoutePattern.RawText);
        var values = context.Request.RouteValues;
        if (values.TryGetValue("code", out var code) && template.Contains("{code}/", StringComparison.Ordinal)
            && !ReferenceUnderCode.Any(r => template.StartsWith(r, StringComparison.Ordinal))
            && !string.Equals(code as string, tenant, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (values.TryGetValue("placeKey", out var placeKey)
            && (IsWrite(context.Request.Method) || template.StartsWith("discovery/profiles/edit/", StringComparison.Ordinal)))
        {
            // A Korean government's own profile is its self-description: only its own users change it.
            if (PlaceKey.TryParse(placeKey as string, out var place) && place.Kind == PartnerKind.LocalGovernment && place.LocalGovernmentCode != tenant)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
        }

        if (values.TryGetValue("id", out var raw) && int.TryParse(raw as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && OwnedIds.FirstOrDefault(o => template.StartsWith(o.Prefix, StringComparison.Ordinal)) is { IsVisible: not null } owned
            && !await owned.IsVisible(context.RequestServices.GetRequiredService<GyoryuDbContext>(), id, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }

    internal static string Normalise(string? template) => (template ?? string.Empty).TrimStart('/').ToLowerInvariant();

    private static bool IsWrite(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
}

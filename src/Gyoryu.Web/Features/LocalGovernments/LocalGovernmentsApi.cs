using System.Globalization;
using Gyoryu.Domain.Partners;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Caching;
using Gyoryu.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.LocalGovernments;

public static class LocalGovernmentsApi
{
    public static IEndpointRouteBuilder MapLocalGovernmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/local-governments").WithTags("Local governments");
        api.MapGet("/", Search).WithName("SearchLocalGovernments");
        api.MapGet("/{code}", Get).WithName("GetLocalGovernment");
        api.MapGet("/{code}/profile", Profile).WithName("GetGovernmentProfile");
        api.MapGet("/{code}/partnerships", Partnerships).WithName("ListGovernmentPartnerships").CacheOutput(RegistryCache.Policy);
        api.MapPost("/{code}/partnerships", Create).WithName("CreatePartnership").WithValidation<NewPartnership>();
        return endpoints;
    }

    /// <summary>Searches by Korean or English name, province or code; empty q lists all 243 (and the two 행정시).</summary>
    public static async Task<Ok<IReadOnlyList<LocalGovernmentItem>>> Search(string? q, Tier? tier, GyoryuDbContext db, CancellationToken cancellationToken)
    {
        var found = await LocalGovernmentSearch.FindAsync(db, q, tier, 500, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<LocalGovernmentItem>>(found.Select(LocalGovernmentItem.From).ToList());
    }

    public static async Task<Results<Ok<LocalGovernmentItem>, NotFound>> Get(string code, GyoryuDbContext db, CancellationToken cancellationToken)
    {
        var government = await db.LocalGovernments.AsNoTracking().SingleOrDefaultAsync(g => g.Code == code, cancellationToken);
        return government is null ? TypedResults.NotFound() : TypedResults.Ok(LocalGovernmentItem.From(government));
    }

    /// <summary>The government's own description for partner search; 404 when it has not written one.</summary>
    public static async Task<Results<Ok<GovernmentProfileItem>, NotFound>> Profile(string code, GyoryuDbContext db, CancellationToken cancellationToken)
    {
        var profile = await db.GovernmentProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.GovernmentCode == code, cancellationToken);
        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(GovernmentProfileItem.From(profile));
    }

    public static async Task<Results<Ok<PartnershipListResponse>, NotFound>> Partnerships(
        string code, [AsParameters] PartnershipQuery query, GyoryuDbContext db, PartnershipQueries queries, CancellationToken cancellationToken)
    {
        if (!await db.LocalGovernments.AnyAsync(g => g.Code == code, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var filter = query.ToFilter() with { Government = code, PageSize = query.PageSize ?? 500 };
        var page = await queries.ListAsync(filter, cancellationToken);
        return TypedResults.Ok(new PartnershipListResponse(page.Rows.Select(PartnershipSummary.From).ToList(), page.Total, page.Page, page.PageSize));
    }

    public static async Task<IResult> Create(
        string code, NewPartnership input, PartnershipCommands commands, PartnershipQueries queries, CancellationToken cancellationToken)
    {
        var outcome = await commands.CreateAsync(code, input, cancellationToken);
        if (outcome.Kind != OutcomeKind.Done)
        {
            return await PartnershipsApi.ToResultAsync(outcome, queries, cancellationToken);
        }

        var partnership = await queries.AggregateAsync(outcome.Id, cancellationToken);
        var row = await queries.RowAsync(outcome.Id, code, cancellationToken);
        return TypedResults.Created($"/api/partnerships/{outcome.Id}", PartnershipDetail.From(row!, partnership!));
    }
}

public sealed record LocalGovernmentItem(
    string Code, string NameKo, string NameEn, string FullNameKo, string ProvinceCode, string ProvinceKo, Tier Tier,
    int Population, string PopulationMonth, double Latitude, double Longitude)
{
    public static LocalGovernmentItem From(LocalGovernment g) => new(
        g.Code, g.NameKo, g.NameEn, g.FullNameKo, g.ProvinceCode, g.ProvinceKo, g.Tier, g.Population, g.PopulationMonth, g.Latitude, g.Longitude);
}

public static class LocalGovernmentSearch
{
    public static async Task<IReadOnlyList<LocalGovernment>> FindAsync(GyoryuDbContext db, string? q, Tier? tier, int take, CancellationToken cancellationToken)
    {
        var query = db.LocalGovernments.AsNoTracking();
        if (tier is { } t)
        {
            query = query.Where(g => g.Tier == t);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLower(CultureInfo.InvariantCulture);
            query = query.Where(g => g.Code.StartsWith(term) || g.NameKo.Contains(term) || g.NameEn.ToLower().Contains(term) ||
                                     g.ProvinceKo.Contains(term) || (g.ProvinceKo + " " + g.NameKo).Contains(term));
        }

        return await query.OrderBy(g => g.Code).Take(take).ToListAsync(cancellationToken);
    }
}

public sealed record GovernmentProfileItem(
    string GovernmentCode, string? Vision, string? KeyIndustries, string? PartnerCriteria, string? CooperationTeam, string? CooperationTeamSince,
    string? Source, DateTimeOffset UpdatedAt)
{
    public static GovernmentProfileItem From(GovernmentProfile p) => new(
        p.GovernmentCode, p.Vision, p.KeyIndustries, p.PartnerCriteria, p.CooperationTeam, p.CooperationTeamSince?.ToString(), p.Source, p.UpdatedAt);
}

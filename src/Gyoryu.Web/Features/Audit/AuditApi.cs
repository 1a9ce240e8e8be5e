using System.Globalization;
using Gyoryu.Web.Infrastructure.Audit;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gyoryu.Web.Features.Audit;

/// <summary>The government administrator's audit log: GET /api/audit and its Excel and CSV exports.</summary>
public static class AuditApi
{
    public const string Policy = Account.Policies.GovernmentAdministrator;

    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policy);
        api.MapGet("/", List).WithName("ListAuditEntries");
        api.MapGet("/export.xlsx", ExportExcel).WithName("ExportAuditExcel");
        api.MapGet("/export.csv", ExportCsv).WithName("ExportAuditCsv");
        return endpoints;
    }

    public static async Task<Ok<AuditListResponse>> List(
        [AsParameters] AuditQuery query, AuditQueries queries, CurrentOfficer officer, CancellationToken cancellationToken)
    {
        var page = await queries.PageAsync(officer.GovernmentCode, query.ToFilter(), cancellationToken);
        return TypedResults.Ok(new AuditListResponse([.. page.Entries.Select(AuditItem.From)], page.Next));
    }

    public static async Task<FileContentHttpResult> ExportExcel(
        [AsParameters] AuditQuery query, AuditQueries queries, CurrentOfficer officer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entries = await queries.AllAsync(officer.GovernmentCode, query.ToFilter(), cancellationToken);
        return TypedResults.File(AuditExport.ToExcel(entries, CultureInfo.CurrentUICulture), Partnerships.PartnershipExport.ExcelContentType,
            AuditExport.FileName(officer.GovernmentCode, "xlsx", clock.GetUtcNow()));
    }

    public static async Task<FileContentHttpResult> ExportCsv(
        [AsParameters] AuditQuery query, AuditQueries queries, CurrentOfficer officer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entries = await queries.AllAsync(officer.GovernmentCode, query.ToFilter(), cancellationToken);
        return TypedResults.File(AuditExport.ToCsv(entries, CultureInfo.CurrentUICulture), Partnerships.PartnershipExport.CsvContentType,
            AuditExport.FileName(officer.GovernmentCode, "csv", clock.GetUtcNow()));
    }
}

/// <summary>Query-string filters of the log and its exports; dates are days in Korea.</summary>
public sealed record AuditQuery(DateOnly? From, DateOnly? To, string? Actor, string? EntityType, string? Action, string? Q, string? Before, int? PageSize)
{
    public AuditFilter ToFilter() => new()
    {
        From = From,
        To = To,
        Actor = Actor,
        EntityType = EntityType,
        Action = Action,
        Q = Q,
        Before = Before,
        PageSize = PageSize ?? 50,
    };
}

public sealed record AuditListResponse(IReadOnlyList<AuditItem> Items, string? Next);

public sealed record AuditItem(
    long Id, DateTimeOffset At, string Actor, string? ActorId, string TenantCode, string EntityType, string EntityId, string Action, string? Step,
    string? Label, IReadOnlyList<AuditChange> Changes, string? RequestPath)
{
    public static AuditItem From(AuditEntry e) =>
        new(e.Id, e.At, e.Actor, e.ActorId, e.TenantCode, e.EntityType, e.EntityId, e.Action, e.Step, e.Label, AuditQueries.Changes(e), e.RequestPath);
}

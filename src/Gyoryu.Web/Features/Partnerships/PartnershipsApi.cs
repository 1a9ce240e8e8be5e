using System.Globalization;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Infrastructure.Caching;
using Gyoryu.Web.Infrastructure.Errors;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gyoryu.Web.Features.Partnerships;

public static class PartnershipsApi
{
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddScoped<PartnershipQueries>();
        services.AddScoped<PartnershipCommands>();
        services.AddScoped<LocalGovernments.GovernmentDirectory>();
        return services;
    }

    public static IEndpointRouteBuilder MapPartnershipsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/partnerships").WithTags("Partnerships");
        api.MapGet("/", List).WithName("ListPartnerships").CacheOutput(RegistryCache.Policy);
        api.MapGet("/export.xlsx", ExportExcel).WithName("ExportPartnershipsExcel");
        api.MapGet("/export.csv", ExportCsv).WithName("ExportPartnershipsCsv");
        api.MapGet("/{id:int}", Get).WithName("GetPartnership");
        api.MapPut("/{id:int}", Step<EditDetailsInput>).WithName("EditPartnership").WithValidation<EditDetailsInput>();
        api.MapPost("/{id:int}/information-gathering", Step<InformationGatheringInput>).WithValidation<InformationGatheringInput>();
        api.MapPost("/{id:int}/working-meetings", Step<WorkingMeetingInput>).WithValidation<WorkingMeetingInput>();
        api.MapPost("/{id:int}/council-approvals", Step<CouncilApprovalInput>).WithValidation<CouncilApprovalInput>();
        api.MapPost("/{id:int}/agreement", Step<SignAgreementInput>).WithValidation<SignAgreementInput>();
        api.MapPost("/{id:int}/upgrade", Step<UpgradeInput>).WithValidation<UpgradeInput>();
        api.MapPost("/{id:int}/renewal", Step<RenewalInput>).WithValidation<RenewalInput>();
        api.MapPost("/{id:int}/dormancy", Step<DormancyInput>).WithValidation<DormancyInput>();
        api.MapPost("/{id:int}/reactivation", Step<ReactivationInput>).WithValidation<ReactivationInput>();
        api.MapPost("/{id:int}/termination", Step<TerminationInput>).WithValidation<TerminationInput>();
        api.MapPost("/{id:int}/contacts", Step<ContactInput>).WithValidation<ContactInput>();
        api.MapPost("/{id:int}/documents", Upload).DisableAntiforgery();
        api.MapGet("/{id:int}/documents/{documentId:int}", Download).WithName("DownloadDocument");
        return endpoints;
    }

    public static async Task<Ok<PartnershipListResponse>> List(
        [AsParameters] PartnershipQuery query, PartnershipQueries queries, CancellationToken cancellationToken)
    {
        var page = await queries.ListAsync(query.ToFilter(), cancellationToken);
        return TypedResults.Ok(new PartnershipListResponse(page.Rows.Select(PartnershipSummary.From).ToList(), page.Total, page.Page, page.PageSize));
    }

    public static async Task<Results<Ok<PartnershipDetail>, NotFound>> Get(int id, PartnershipQueries queries, CancellationToken cancellationToken)
    {
        var partnership = await queries.AggregateAsync(id, cancellationToken);
        var row = await queries.RowAsync(id, null, cancellationToken);
        return partnership is null || row is null ? TypedResults.NotFound() : TypedResults.Ok(PartnershipDetail.From(row, partnership));
    }

    public static async Task<IResult> Step<TInput>(int id, TInput input, PartnershipCommands commands, PartnershipQueries queries, CancellationToken cancellationToken)
        where TInput : StepInput
    {
        var outcome = await commands.ApplyAsync(id, input.Version!.Value, input.ApplyTo, cancellationToken);
        return await ToResultAsync(outcome, queries, cancellationToken);
    }

    public static async Task<IResult> Upload(
        int id, [FromForm] int version, IFormFile file, [FromForm] string? description,
        PartnershipCommands commands, PartnershipQueries queries, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var outcome = await commands.AttachDocumentAsync(id, version, new UploadedDocument(file.FileName, buffer.ToArray(), description), cancellationToken);
        return await ToResultAsync(outcome, queries, cancellationToken);
    }

    public static async Task<IResult> Download(int id, int documentId, Data.GyoryuDbContext db, CancellationToken cancellationToken)
    {
        var document = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            db.AgreementDocuments.Where(d => d.Id == documentId && d.PartnershipId == id), cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }

        var content = await db.DocumentContents.FindAsync([document.Sha256], cancellationToken);
        return content is null ? TypedResults.NotFound() : TypedResults.File(content.Bytes, document.ContentType, document.FileName);
    }

    public static async Task<IResult> ExportExcel([AsParameters] PartnershipQuery query, PartnershipQueries queries, CancellationToken cancellationToken)
    {
        var rows = await queries.AllAsync(query.ToFilter(), cancellationToken);
        return TypedResults.File(PartnershipExport.ToExcel(rows, CultureInfo.CurrentUICulture), PartnershipExport.ExcelContentType, PartnershipExport.FileName("xlsx"));
    }

    public static async Task<IResult> ExportCsv([AsParameters] PartnershipQuery query, PartnershipQueries queries, CancellationToken cancellationToken)
    {
        var rows = await queries.AllAsync(query.ToFilter(), cancellationToken);
        return TypedResults.File(PartnershipExport.ToCsv(rows, CultureInfo.CurrentUICulture), "text/csv; charset=utf-8", PartnershipExport.FileName("csv"));
    }

    internal static async Task<IResult> ToResultAsync(Outcome outcome, PartnershipQueries queries, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound);
            case OutcomeKind.Stale:
                return ErrorSetup.StaleVersion();
            case OutcomeKind.Refused:
                return outcome.Refusal!.ToProblem();
        }

        var partnership = await queries.AggregateAsync(outcome.Id, cancellationToken);
        var row = await queries.RowAsync(outcome.Id, null, cancellationToken);
        return TypedResults.Ok(PartnershipDetail.From(row!, partnership!));
    }
}

/// <summary>Query-string filters of the list and exports.</summary>
public sealed record PartnershipQuery(
    string? Government, string? Q, PartnershipType? Type, PartnershipStatus? Status, string? Country, string? Field, int? Decade, int? Page, int? PageSize)
{
    public PartnershipFilter ToFilter() => new()
    {
        Government = Government,
        Q = Q,
        Type = Type,
        Status = Status,
        Country = Country,
        Field = string.IsNullOrWhiteSpace(Field) ? null : FieldCodes.Combine([Field]),
        Decade = Decade,
        Page = Page ?? 1,
        PageSize = PageSize ?? 50,
    };
}

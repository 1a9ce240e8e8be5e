using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Errors;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Import;

public static class DiscoveryImportApi
{
    public static IServiceCollection AddDiscoveryImport(this IServiceCollection services)
    {
        services.AddScoped<TwinImporter>();
        services.AddSingleton<TwinImportJobs>();
        return services;
    }

    public static IEndpointRouteBuilder MapDiscoveryImportApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/discovery/twin-imports").WithTags("Discovery: twin-town network");
        api.MapPost("/", Start).WithName("StartTwinImport").DisableAntiforgery()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", List).WithName("ListTwinImports");
        api.MapGet("/jobs/{id}", Job).WithName("GetTwinImportJob");
        api.MapGet("/{id:int}/unmatched.csv", UnmatchedCsv).WithName("DownloadTwinImportUnmatched");
        return endpoints;
    }

    /// <summary>Starts importing an uploaded twin-town list (multipart field "file") and answers where to follow it.</summary>
    public static async Task<Results<Accepted<TwinImportJobItem>, ValidationProblem, ProblemHttpResult>> Start(
        IFormFile? file, TwinImportJobs jobs, CurrentOfficer officer, CancellationToken cancellationToken)
    {
        if (TwinImportUpload.Refusal(file) is { } refusal)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [refusal] }, detail: refusal, title: ErrorSetup.Titles.Invalid);
        }

        var content = await TwinImportUpload.ReadAsync(file!, cancellationToken);
        if (jobs.Start(content, file!.FileName, officer.Name, officer.GovernmentCode) is not { } job)
        {
            return Busy();
        }

        return TypedResults.Accepted($"/api/discovery/twin-imports/jobs/{job.Id}", TwinImportJobItem.From(job, unmatchedShown: 0));
    }

    /// <summary>The job's stage and progress while it runs; its result (counts, unmatched rows, errors) once it has ended.</summary>
    public static Results<Ok<TwinImportJobItem>, NotFound> Job(string id, int? unmatched, TwinImportJobs jobs) =>
        jobs.Find(id) is { } job ? TypedResults.Ok(TwinImportJobItem.From(job, Math.Clamp(unmatched ?? 200, 0, 100_000))) : TypedResults.NotFound();

    public static async Task<Ok<List<TwinImportItem>>> List(GyoryuDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await TwinImportItem.Query(db).ToListAsync(cancellationToken));

    /// <summary>Every unmatched row of an import, as CSV.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> UnmatchedCsv(int id, GyoryuDbContext db, CancellationToken cancellationToken)
    {
        var import = await db.TwinImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return import is null
            ? TypedResults.NotFound()
            : TypedResults.File(TwinImportText.UnmatchedCsv(import.Unmatched()), "text/csv; charset=utf-8", $"twin-import-{id}-unmatched.csv");
    }

    internal static ProblemHttpResult Busy() => TypedResults.Problem(
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? "Another import is running. Wait until it ends, then try again."
            : "다른 가져오기가 진행 중입니다. 끝난 뒤에 다시 시도하세요.",
        statusCode: StatusCodes.Status409Conflict, title: ErrorSetup.Titles.Refused);
}

public sealed record TwinImportItem(
    int Id, string FileName, string Sha256, string ImportedBy, DateTimeOffset ImportedAt, int Rows, int LinksAdded, int LinksAlreadyKnown,
    int PlacesCreated, int UnmatchedRows, string? FitSummary)
{
    public static IQueryable<TwinImportItem> Query(GyoryuDbContext db) =>
        db.TwinImports.AsNoTracking().OrderByDescending(i => i.Id).Select(i => new TwinImportItem(
            i.Id, i.FileName, i.Sha256, i.ImportedBy, i.ImportedAt, i.Rows, i.LinksAdded, i.LinksAlreadyKnown, i.PlacesCreated, i.UnmatchedRows, i.FitSummary));
}

public sealed record TwinImportJobItem(
    string Id, string FileName, TwinImportJobState State, string StateText, TwinImportStage Stage, string StageText, int Processed, int Total, int Percent,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, TwinImportResultItem? Result)
{
    public static TwinImportJobItem From(TwinImportJob job, int unmatchedShown)
    {
        var progress = job.Progress;
        return new TwinImportJobItem(
            job.Id, job.FileName, job.State, TwinImportText.State(job.State), progress.Stage, TwinImportText.Stage(progress.Stage), progress.Processed,
            progress.Total, job.Percent, job.StartedAt, job.FinishedAt, job.Result is { } result ? TwinImportResultItem.From(result, unmatchedShown) : null);
    }
}

/// <summary>An import's counts; <see cref="Unmatched"/> holds at most the number asked for, <see cref="UnmatchedRows"/> counts them all.</summary>
public sealed record TwinImportResultItem(
    TwinImportResultKind Kind, int? ImportId, string Sha256, int Rows, int LinksAdded, int LinksAlreadyKnown, int PlacesCreated, int UnmatchedRows,
    IReadOnlyList<TwinUnmatchedItem> Unmatched, IReadOnlyList<TwinListErrorItem> Errors, long ElapsedMilliseconds)
{
    public static TwinImportResultItem From(TwinImportResult r, int unmatchedShown) => new(
        r.Kind, r.ImportId, r.Sha256, r.Rows, r.LinksAdded, r.LinksAlreadyKnown, r.PlacesCreated, r.UnmatchedRows,
        [.. r.Unmatched.Take(unmatchedShown).Select(u => new TwinUnmatchedItem(u.Line, u.Side, u.Name, u.Country, u.Rule, TwinImportText.Reason(u)))],
        [.. r.Errors.Select(e => new TwinListErrorItem(e.Line, e.Rule, e.Field, TwinImportText.Error(e)))],
        (long)r.Elapsed.TotalMilliseconds);
}

public sealed record TwinUnmatchedItem(int Line, int Side, string Name, string Country, string Rule, string Reason);

public sealed record TwinListErrorItem(int Line, string Rule, string? Field, string Message);

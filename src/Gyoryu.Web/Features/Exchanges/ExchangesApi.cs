using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Errors;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>Exchange projects and activities: the registry of what each tie actually does.</summary>
public static class ExchangesApi
{
    public const string ActivityStaleDetail = "이 활동은 다른 사용자가 먼저 수정했습니다. 새로 고쳐 최신 내용을 확인한 뒤 다시 저장하세요. 아무것도 덮어쓰지 않았습니다.";

    public const string ProjectStaleDetail = "이 사업은 다른 사용자가 먼저 수정했습니다. 새로 고쳐 최신 내용을 확인한 뒤 다시 저장하세요. 아무것도 덮어쓰지 않았습니다.";

    public static IServiceCollection AddExchanges(this IServiceCollection services)
    {
        services.AddScoped<ExchangeQueries>();
        services.AddScoped<ActivityCommands>();
        services.AddScoped<ProjectCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapExchangesApi(this IEndpointRouteBuilder endpoints)
    {
        var government = endpoints.MapGroup("/api/local-governments/{code}").WithTags("Exchanges");
        government.MapGet("/activities", GovernmentActivities).WithName("ListGovernmentActivities");
        government.MapGet("/projects", Projects).WithName("ListProjects");
        government.MapPost("/projects", Propose).WithName("ProposeProject").WithValidation<ProjectInput>();

        var partnerships = endpoints.MapGroup("/api/partnerships/{id:int}/activities").WithTags("Exchanges");
        partnerships.MapGet("/", PartnershipActivities).WithName("ListPartnershipActivities");
        partnerships.MapPost("/", Record).WithName("RecordActivity").WithValidation<ActivityInput>();

        var activities = endpoints.MapGroup("/api/activities/{id:int}").WithTags("Exchanges");
        activities.MapGet("/", GetActivity).WithName("GetActivity");
        activities.MapPut("/", Revise).WithName("ReviseActivity").WithValidation<ActivityInput>();
        activities.MapPost("/links", AddLink).WithName("AddActivityLink").WithValidation<LinkInput>();
        activities.MapPost("/attachments", Attach).WithName("AttachToActivity").DisableAntiforgery();
        activities.MapGet("/attachments/{attachmentId:int}", Download).WithName("DownloadActivityAttachment");

        var projects = endpoints.MapGroup("/api/projects/{id:int}").WithTags("Exchanges");
        projects.MapGet("/", GetProject).WithName("GetProject");
        projects.MapPut("/", ReviseProject).WithName("ReviseProject").WithValidation<ProjectInput>();
        foreach (var (path, step) in StepPaths)
        {
            projects.MapPost($"/{path}", (int id, ProjectStepInput input, ProjectCommands commands, ExchangeQueries queries, CurrentOfficer officer,
                    TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
                    Step(id, step, input, commands, queries, officer, clock, l, cancellationToken))
                .WithName($"Project{step}").WithValidation<ProjectStepInput>();
        }

        return endpoints;
    }

    /// <summary>The URL segment of each project step: /api/projects/{id}/approve and so on.</summary>
    public static readonly IReadOnlyList<(string Path, ProjectStep Step)> StepPaths =
    [
        ("approve", ProjectStep.Approve),
        ("start", ProjectStep.Start),
        ("executed-budget", ProjectStep.RecordExecutedBudget),
        ("complete", ProjectStep.Complete),
        ("cancel", ProjectStep.Cancel),
    ];

    /// <summary>The government's activities touching from..to (default: a year back to 90 days ahead), oldest first.</summary>
    public static async Task<IResult> GovernmentActivities(
        string code, DateOnly? from, DateOnly? to, int? partnershipId, ExchangeQueries queries, Data.GyoryuDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!await db.LocalGovernments.AnyAsync(g => g.Code == code, cancellationToken))
        {
            return NotFound();
        }

        var today = Today(clock);
        var rows = await queries.BetweenAsync(code, from ?? today.AddYears(-1), to ?? today.AddDays(90), partnershipId, cancellationToken);
        return TypedResults.Ok(rows.Select(r => ActivityItem.From(r, today)).ToList());
    }

    public static async Task<IResult> PartnershipActivities(int id, ExchangeQueries queries, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rows = await queries.OfPartnershipAsync(id, cancellationToken);
        var today = Today(clock);
        return rows is null ? NotFound() : TypedResults.Ok(rows.Select(r => ActivityItem.From(r, today)).ToList());
    }

    /// <summary>활동 기록: 201 with the activity; the partnership must be one of the officer's government.</summary>
    public static async Task<IResult> Record(
        int id, ActivityInput input, ActivityCommands commands, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await commands.RecordAsync(officer.GovernmentCode, id, input, cancellationToken);
        if (outcome.Kind != OutcomeKind.Done)
        {
            return Problem(outcome, l[ActivityStaleDetail]);
        }

        var view = await queries.ActivityAsync(officer.GovernmentCode, outcome.Id, cancellationToken);
        return TypedResults.Created($"/api/activities/{outcome.Id}", ActivityDetail.From(view!, Today(clock)));
    }

    public static async Task<IResult> GetActivity(int id, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock, CancellationToken cancellationToken) =>
        await queries.ActivityAsync(officer.GovernmentCode, id, cancellationToken) is { } view
            ? TypedResults.Ok(ActivityDetail.From(view, Today(clock)))
            : NotFound();

    public static async Task<IResult> Revise(
        int id, ActivityInput input, ActivityCommands commands, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (input.Version is not { } version)
        {
            return MissingVersion(l);
        }

        var outcome = await commands.ReviseAsync(officer.GovernmentCode, id, version, input, cancellationToken);
        return await ActivityResultAsync(outcome, queries, officer, clock, l, cancellationToken);
    }

    public static async Task<IResult> AddLink(
        int id, LinkInput input, int? version, ActivityCommands commands, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await commands.AddLinkAsync(officer.GovernmentCode, id, version, input, cancellationToken);
        return await ActivityResultAsync(outcome, queries, officer, clock, l, cancellationToken);
    }

    /// <summary>Multipart: <c>file</c>, and optionally the <c>version</c> read.</summary>
    public static async Task<IResult> Attach(
        int id, IFormFile? file, [FromForm] int? version, ActivityCommands commands, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["file"] = [l["올릴 파일을 선택하세요."]] }, title: ErrorSetup.Titles.Invalid);
        }

        var outcome = await commands.AttachAsync(officer.GovernmentCode, id, version, await UploadAsync(file, cancellationToken), cancellationToken);
        return await ActivityResultAsync(outcome, queries, officer, clock, l, cancellationToken);
    }

    public static async Task<IResult> Download(
        int id, int attachmentId, ExchangeQueries queries, CurrentOfficer officer, Data.GyoryuDbContext db, CancellationToken cancellationToken)
    {
        var attachment = (await queries.ActivityAsync(officer.GovernmentCode, id, cancellationToken))?.Activity.Attachments.SingleOrDefault(f => f.Id == attachmentId);
        var content = attachment is null ? null : await db.DocumentContents.FindAsync([attachment.Sha256], cancellationToken);
        return content is null ? NotFound() : TypedResults.File(content.Bytes, attachment!.ContentType, attachment.FileName);
    }

    public static async Task<IResult> Projects(string code, ExchangeQueries queries, Data.GyoryuDbContext db, CancellationToken cancellationToken) =>
        await db.LocalGovernments.AnyAsync(g => g.Code == code, cancellationToken)
            ? TypedResults.Ok((await queries.ProjectsAsync(code, cancellationToken)).Select(ProjectItem.From).ToList())
            : NotFound();

    /// <summary>사업 제안: 201 with the project.</summary>
    public static async Task<IResult> Propose(
        string code, ProjectInput input, ProjectCommands commands, ExchangeQueries queries, TimeProvider clock, IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        var outcome = await commands.ProposeAsync(code, input, cancellationToken);
        if (outcome.Kind != OutcomeKind.Done)
        {
            return Problem(outcome, l[ProjectStaleDetail]);
        }

        var view = await queries.ProjectAsync(code, outcome.Id, cancellationToken);
        return TypedResults.Created($"/api/projects/{outcome.Id}", ProjectDetail.From(view!, Today(clock)));
    }

    public static async Task<IResult> GetProject(int id, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock, CancellationToken cancellationToken) =>
        await queries.ProjectAsync(officer.GovernmentCode, id, cancellationToken) is { } view
            ? TypedResults.Ok(ProjectDetail.From(view, Today(clock)))
            : NotFound();

    public static async Task<IResult> ReviseProject(
        int id, ProjectInput input, ProjectCommands commands, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (input.Version is not { } version)
        {
            return MissingVersion(l);
        }

        var outcome = await commands.ReviseAsync(officer.GovernmentCode, id, version, input, cancellationToken);
        return await ProjectResultAsync(outcome, queries, officer, clock, l, cancellationToken);
    }

    public static async Task<IResult> Step(
        int id, ProjectStep step, ProjectStepInput input, ProjectCommands commands, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await commands.StepAsync(officer.GovernmentCode, id, step, input, cancellationToken);
        return await ProjectResultAsync(outcome, queries, officer, clock, l, cancellationToken);
    }

    internal static async Task<UploadedDocument> UploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return new UploadedDocument(file.FileName, buffer.ToArray(), null);
    }

    internal static DateOnly Today(TimeProvider clock) => Stamp.KoreaDate(clock.GetUtcNow());

    private static async Task<IResult> ActivityResultAsync(
        Outcome outcome, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        outcome.Kind == OutcomeKind.Done
            ? TypedResults.Ok(ActivityDetail.From((await queries.ActivityAsync(officer.GovernmentCode, outcome.Id, cancellationToken))!, Today(clock)))
            : Problem(outcome, l[ActivityStaleDetail]);

    private static async Task<IResult> ProjectResultAsync(
        Outcome outcome, ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        outcome.Kind == OutcomeKind.Done
            ? TypedResults.Ok(ProjectDetail.From((await queries.ProjectAsync(officer.GovernmentCode, outcome.Id, cancellationToken))!, Today(clock)))
            : Problem(outcome, l[ProjectStaleDetail]);

    private static IResult MissingVersion(IStringLocalizer<SharedResource> l) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["version"] = [l["버전 정보가 없습니다."]] }, title: ErrorSetup.Titles.Invalid);

    private static ProblemHttpResult NotFound() => TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound);

    internal static IResult Problem(Outcome outcome, string staleDetail) => outcome.Kind switch
    {
        OutcomeKind.NotFound => NotFound(),
        OutcomeKind.Stale => TypedResults.Problem(staleDetail, statusCode: StatusCodes.Status409Conflict, title: ErrorSetup.Titles.Stale),
        // A move the current status does not allow conflicts with the state, not with the input.
        _ when outcome.Refusal!.Field is null => TypedResults.Problem(
            outcome.Refusal.Message, statusCode: StatusCodes.Status409Conflict, title: ErrorSetup.Titles.Refused,
            extensions: new Dictionary<string, object?> { ["rule"] = outcome.Refusal.Rule }),
        _ => outcome.Refusal.ToProblem(),
    };
}

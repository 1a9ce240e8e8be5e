using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Discovery.Candidates;

public static class CandidatesApi
{
    public static IServiceCollection AddCandidateBoard(this IServiceCollection services)
    {
        services.AddScoped<CandidateQueries>();
        services.AddScoped<CandidateCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapCandidatesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/local-governments/{code}/candidates").WithTags("Candidate board");
        api.MapGet("/", List).WithName("ListCandidates");
        api.MapGet("/{id:int}", Get).WithName("GetCandidate");
        api.MapPost("/", Add).WithName("AddCandidate").WithValidation<NewCandidate>();
        api.MapPut("/{id:int}", Revise).WithName("ReviseCandidate").WithValidation<RevisedCandidate>();
        api.MapPost("/{id:int}/drop", Drop).WithName("DropCandidate").WithValidation<DroppedCandidate>();
        api.MapPost("/{id:int}/take-forward", TakeForward).WithName("TakeCandidateForward").WithValidation<CandidateTakenForward>();
        return endpoints;
    }

    /// <summary>The board of one government: open candidates first, then those taken forward, then the dropped ones.</summary>
    public static async Task<Results<Ok<List<CandidateItem>>, ProblemHttpResult>> List(
        string code, CandidateStatus? status, CandidateSource? source, CandidateQueries queries, Data.GyoryuDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.LocalGovernments.AnyAsync(g => g.Code == code, cancellationToken))
        {
            return TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok((await queries.ListAsync(code, status, source, cancellationToken)).Select(CandidateItem.From).ToList());
    }

    public static async Task<Results<Ok<CandidateItem>, ProblemHttpResult>> Get(string code, int id, CandidateQueries queries, CancellationToken cancellationToken) =>
        await queries.RowAsync(code, id, cancellationToken) is { } row
            ? TypedResults.Ok(CandidateItem.From(row))
            : TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound);

    public static async Task<IResult> Add(
        string code, NewCandidate input, CandidateCommands commands, CandidateQueries queries, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await commands.AddAsync(code, input, cancellationToken);
        return outcome.Kind == OutcomeKind.Done
            ? TypedResults.Created($"/api/local-governments/{code}/candidates/{outcome.Id}", CandidateItem.From((await queries.RowAsync(code, outcome.Id, cancellationToken))!))
            : Problem(outcome, l);
    }

    public static async Task<IResult> Revise(
        string code, int id, RevisedCandidate input, CandidateCommands commands, CandidateQueries queries, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        await ToResultAsync(code, await commands.ReviseAsync(code, id, input, cancellationToken), queries, l, cancellationToken);

    public static async Task<IResult> Drop(
        string code, int id, DroppedCandidate input, CandidateCommands commands, CandidateQueries queries, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        await ToResultAsync(code, await commands.DropAsync(code, id, input, cancellationToken), queries, l, cancellationToken);

    /// <summary>교류 추진: 201 with the new partnership (at the candidate stage) and its location.</summary>
    public static async Task<IResult> TakeForward(
        string code, int id, CandidateTakenForward input, CandidateCommands commands, PartnershipQueries partnerships, IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        var outcome = await commands.TakeForwardAsync(code, id, input, cancellationToken);
        if (outcome.Kind != OutcomeKind.Done)
        {
            return Problem(outcome, l);
        }

        var partnership = await partnerships.AggregateAsync(outcome.Id, cancellationToken);
        var row = await partnerships.RowAsync(outcome.Id, code, cancellationToken);
        return TypedResults.Created($"/api/partnerships/{outcome.Id}", PartnershipDetail.From(row!, partnership!));
    }

    /// <summary>The 409 of a candidate changed by someone else since the caller read it.</summary>
    public static IResult Stale(IStringLocalizer<SharedResource> l) =>
        TypedResults.Problem(l[StaleDetail].Value, statusCode: StatusCodes.Status409Conflict, title: ErrorSetup.Titles.Stale);

    public const string StaleDetail = "이 후보는 다른 사용자가 먼저 수정했습니다. 새로 고쳐 최신 내용을 확인한 뒤 다시 저장하세요. 아무것도 덮어쓰지 않았습니다.";

    private static async Task<IResult> ToResultAsync(
        string code, Outcome outcome, CandidateQueries queries, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        outcome.Kind == OutcomeKind.Done
            ? TypedResults.Ok(CandidateItem.From((await queries.RowAsync(code, outcome.Id, cancellationToken))!))
            : Problem(outcome, l);

    private static IResult Problem(Outcome outcome, IStringLocalizer<SharedResource> l) => outcome.Kind switch
    {
        OutcomeKind.NotFound => TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound),
        OutcomeKind.Stale => Stale(l),
        _ => outcome.Refusal!.ToProblem(),
    };
}

public sealed record CandidateItem(
    int Id,
    string OwnerCode,
    string PlaceKey,
    string NameKo,
    string NameEn,
    string CountryCode,
    string CountryNameKo,
    string CountryNameEn,
    string? Region,
    CandidateSource Source,
    IReadOnlyList<string> PreferredFields,
    string? Notes,
    string? RecommendationReason,
    double? RecommendationScore,
    CandidateStatus Status,
    int? PartnershipId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static CandidateItem From(CandidateRow r) => new(
        r.Id, r.OwnerCode, r.Place.PlaceKey, r.Place.NameKo, r.Place.NameEn, r.Place.CountryCode, r.Place.CountryNameKo, r.Place.CountryNameEn, r.Place.Region,
        r.Source, FieldCodes.Codes(r.PreferredFields), r.Notes, r.RecommendationReason, r.RecommendationScore, r.Status, r.PartnershipId, r.CreatedBy,
        r.CreatedAt, r.UpdatedAt, r.Version);
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>Rubrics, yearly evaluations (성과평가) and the public feedback link.</summary>
public static class EvaluationsApi
{
    /// <summary>The rate-limiting policy of public feedback answers: per client address and link, answers only.</summary>
    public const string FeedbackPolicy = "public-feedback";

    public static IServiceCollection AddEvaluations(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section);
        services.AddScoped<RubricStore>();
        services.AddScoped<EvaluationSheets>();
        services.AddScoped<FeedbackLinks>();
        services.AddSingleton<FeedbackGuard>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => TooManyAnswersAsync(context.HttpContext, cancellationToken);
            options.AddPolicy(FeedbackPolicy, FeedbackPartition);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapEvaluationsApi(this IEndpointRouteBuilder endpoints)
    {
        var rubrics = endpoints.MapGroup("/api/local-governments/{code}/rubric").WithTags("Evaluations");
        rubrics.MapGet("/", GetRubric).WithName("GetRubric");
        rubrics.MapPut("/", PutRubric).WithName("ReplaceRubric").WithValidation<RubricInput>();

        var evaluations = endpoints.MapGroup("/api/partnerships/{id:int}").WithTags("Evaluations");
        evaluations.MapGet("/evaluations", ListEvaluations).WithName("ListEvaluations");
        evaluations.MapGet("/evaluations/{year:int}", GetEvaluation).WithName("GetEvaluation");
        evaluations.MapPut("/evaluations/{year:int}", PutEvaluation).WithName("SaveEvaluation").WithValidation<EvaluationBody>();
        evaluations.MapGet("/feedback-links", ListFeedbackLinks).WithName("ListFeedbackLinks");
        evaluations.MapPost("/feedback-links", OpenFeedbackLink).WithName("OpenFeedbackLink").WithValidation<FeedbackLinkBody>();

        var feedback = endpoints.MapGroup("/api/feedback/{token}").WithTags("Public feedback").AllowAnonymous();
        feedback.MapGet("/", GetPublicFeedback).WithName("GetPublicFeedback");
        feedback.MapPost("/", PostFeedback).WithName("SendFeedback").WithValidation<PublicFeedbackBody>().RequireRateLimiting(FeedbackPolicy);
        return endpoints;
    }

    public static async Task<Results<Ok<RubricResponse>, NotFound>> GetRubric(string code, RubricStore store, CancellationToken cancellationToken)
    {
        var rubric = await store.GetOrCreateAsync(code, cancellationToken);
        return rubric is null ? TypedResults.NotFound() : TypedResults.Ok(RubricResponse.From(rubric));
    }

    public static async Task<IResult> PutRubric(string code, RubricInput input, RubricStore store, CancellationToken cancellationToken)
    {
        var drafts = input.Criteria!.Select(c => new CriterionDraft(c.Name ?? string.Empty, c.Weight, c.Kpi, c.Guidance)).ToList();
        var outcome = await store.ReplaceAsync(code, input.Version!.Value, drafts, cancellationToken);
        return outcome.Kind == OutcomeKind.Done
            ? TypedResults.Ok(RubricResponse.From((await store.GetOrCreateAsync(code, cancellationToken))!))
            : Problem(outcome);
    }

    public static async Task<Results<Ok<List<EvaluationSummary>>, NotFound>> ListEvaluations(
        int id, EvaluationSheets sheets, PartnershipQueries partnerships, CancellationToken cancellationToken) =>
        await partnerships.RowAsync(id, null, cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok((await sheets.HistoryAsync(id, cancellationToken)).ToList());

    public static async Task<IResult> GetEvaluation(int id, int year, EvaluationSheets sheets, CancellationToken cancellationToken)
    {
        if (!sheets.IsEvaluableYear(year))
        {
            return YearNotOffered();
        }

        var sheet = await sheets.SheetAsync(id, year, cancellationToken);
        return sheet is null ? TypedResults.NotFound() : TypedResults.Ok(EvaluationResponse.From(sheet));
    }

    public static async Task<IResult> PutEvaluation(int id, int year, EvaluationBody body, EvaluationSheets sheets, CancellationToken cancellationToken)
    {
        if (!sheets.IsEvaluableYear(year))
        {
            return YearNotOffered();
        }

        var duplicate = body.Scores!.GroupBy(s => s.Criterion).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return new DomainRuleException("evaluation.criterion.twice", $"'{duplicate.Key}' 점수가 두 번 있습니다.", $"'{duplicate.Key}' is scored twice.", "Scores").ToProblem();
        }

        var input = new EvaluationInput(body.Scores!.ToDictionary(s => s.Criterion!, s => s.Score), body.Recommendation, body.Comment, body.Version);
        var outcome = await sheets.SaveAsync(id, year, input, cancellationToken);
        return outcome.Kind == OutcomeKind.Done
            ? TypedResults.Ok(EvaluationResponse.From((await sheets.SheetAsync(id, year, cancellationToken))!))
            : Problem(outcome);
    }

    public static async Task<Results<Ok<List<FeedbackLinkResponse>>, NotFound>> ListFeedbackLinks(
        int id, HttpRequest request, FeedbackLinks links, PartnershipQueries partnerships, CancellationToken cancellationToken) =>
        await partnerships.RowAsync(id, null, cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok((await links.ListAsync(id, cancellationToken)).Select(l => FeedbackLinkResponse.From(l, request)).ToList());

    public static async Task<IResult> OpenFeedbackLink(int id, FeedbackLinkBody body, HttpRequest request, FeedbackLinks links, CancellationToken cancellationToken)
    {
        var outcome = await links.OpenAsync(id, new NewFeedbackLink(body.Title, body.ActivityId, body.ClosesOn), cancellationToken);
        if (outcome.Kind != OutcomeKind.Done)
        {
            return Problem(outcome);
        }

        var created = (await links.ListAsync(id, cancellationToken)).Single(l => l.Id == outcome.Id);
        var response = FeedbackLinkResponse.From(created, request);
        return TypedResults.Created(response.Url, response);
    }

    public static async Task<IResult> GetPublicFeedback(string token, FeedbackLinks links, FeedbackGuard guard, CancellationToken cancellationToken)
    {
        var link = await links.FindAsync(token, cancellationToken);
        return link is null
            ? NoSuchLink()
            : TypedResults.Ok(new PublicFeedbackResponse(link.Title, link.GovernmentNameKo, link.PartnerNameKo, link.ActivityTitle, link.ClosesOn, link.IsOpen, guard.Issue(token)));
    }

    public static async Task<IResult> PostFeedback(string token, PublicFeedbackBody body, FeedbackLinks links, FeedbackGuard guard, CancellationToken cancellationToken)
    {
        if (await links.FindAsync(token, cancellationToken) is null)
        {
            return NoSuchLink();
        }

        if (guard.Check(token, body.FormStamp, body.Website) is { } spam)
        {
            return spam.ToProblem();
        }

        var outcome = await links.ReceiveAsync(token, new FeedbackAnswer(body.Satisfaction!.Value, body.Role ?? FeedbackRole.Citizen, body.Comment), cancellationToken);
        return outcome.Kind == OutcomeKind.Done ? TypedResults.Created((string?)null, new { received = true }) : Problem(outcome);
    }

    /// <summary>Only answers are counted: reading the form is free, and each link has its own allowance per address.</summary>
    private static RateLimitPartition<string> FeedbackPartition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var options = context.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value;
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        var token = context.Request.RouteValues["token"]?.ToString() ?? string.Empty;
        return RateLimitPartition.GetFixedWindowLimiter($"{address}|{token}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PermitLimit,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask TooManyAnswersAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value;
        var minutes = Math.Max(1, (int)Math.Ceiling(options.WindowSeconds / 60.0));
        var message = Localised($"같은 곳에서 의견이 너무 많이 제출되었습니다. {minutes}분 뒤에 다시 시도해 주세요.", $"Too many answers came from here. Please try again in {minutes} minutes.");
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = options.WindowSeconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(message, statusCode: StatusCodes.Status429TooManyRequests, title: Localised("요청이 너무 많습니다.", "Too many requests.")).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var encoded = System.Net.WebUtility.HtmlEncode(message);
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{(english ? "en" : "ko")}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{(english ? "Too many answers" : "제출 횟수 초과")}</title>
            <link rel="stylesheet" href="/lib/krds-uiux/css/component/output.css"><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="inner gy-main gy-public" id="main"><h1>{(english ? "Please wait a little" : "잠시 후 다시 시도해 주세요")}</h1>
            <p class="gy-alert gy-alert--error" role="alert" id="rate-limit-message">{encoded}</p></main></body>
            </html>
            """, cancellationToken);
    }

    private static IResult Problem(Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.NotFound => TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound),
        OutcomeKind.Stale => TypedResults.Problem(
            Localised("다른 사용자가 먼저 저장했습니다. 새로 고쳐 최신 내용을 확인한 뒤 다시 저장하세요. 아무것도 덮어쓰지 않았습니다.",
                "Someone else saved first. Reload to see the latest version, then save again. Nothing was overwritten."),
            statusCode: StatusCodes.Status409Conflict, title: ErrorSetup.Titles.Stale),
        _ => outcome.Refusal!.ToProblem(),
    };

    private static IResult YearNotOffered() => TypedResults.Problem(
        Localised("평가 연도는 1950년부터 올해까지입니다.", "The evaluation year runs from 1950 to this year."), statusCode: StatusCodes.Status404NotFound);

    private static IResult NoSuchLink() => TypedResults.Problem(
        Localised("찾을 수 없는 의견 링크입니다. 주소를 다시 확인해 주세요.", "There is no feedback form at this address. Please check the link."), statusCode: StatusCodes.Status404NotFound);

    private static string Localised(string korean, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : korean;
}

public sealed record CriterionResponse(int Position, string Name, int Weight, KpiKind Kpi, string KpiName, string? Guidance);

public sealed record RubricResponse(string OwnerCode, IReadOnlyList<CriterionResponse> Criteria, int Version, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static RubricResponse From(Rubric rubric) => new(
        rubric.OwnerCode,
        RubricStore.Ordered(rubric).Select(c => new CriterionResponse(c.Position, c.Name, c.Weight, c.Kpi, EvaluationLabels.Kpi(c.Kpi), c.Guidance)).ToList(),
        rubric.Version,
        rubric.UpdatedBy,
        rubric.UpdatedAt);
}

public sealed class RubricInput
{
    [Required(ErrorMessage = "평가 기준을 입력하세요.")]
    public List<CriterionInput>? Criteria { get; set; }

    [Required(ErrorMessage = "버전을 보내 주세요.")]
    public int? Version { get; set; }
}

public sealed class CriterionInput
{
    public string? Name { get; set; }

    public int Weight { get; set; }

    public KpiKind Kpi { get; set; }

    public string? Guidance { get; set; }
}

public sealed record EvaluationLineResponse(int Position, string Name, int Weight, KpiKind Kpi, string? Guidance, string Evidence, int? SuggestedScore, int? Score);

public sealed record FeedbackCommentResponse(int Satisfaction, string? Comment, FeedbackRole Role, DateTimeOffset SubmittedAt);

public sealed record EvaluationResponse(
    int PartnershipId,
    int Year,
    bool IsDraft,
    IReadOnlyList<EvaluationLineResponse> Lines,
    double Points,
    Grade Grade,
    Recommendation Recommendation,
    string? Comment,
    int FeedbackCount,
    double? FeedbackAverage,
    IReadOnlyList<FeedbackCommentResponse> Comments,
    string? EvaluatedBy,
    DateTimeOffset? EvaluatedAt,
    int? Version)
{
    public static EvaluationResponse From(EvaluationSheet sheet) => new(
        sheet.Partnership.Id,
        sheet.Year,
        sheet.IsDraft,
        sheet.Lines.Select(l => new EvaluationLineResponse(l.Position, l.Name, l.Weight, l.Kpi, l.Guidance, EvaluationLabels.Evidence(l.Evidence), l.Evidence.SuggestedScore, l.Score)).ToList(),
        sheet.Points,
        sheet.Grade,
        sheet.Recommendation,
        sheet.Saved?.Comment,
        sheet.Feedback.Count,
        sheet.Feedback.AverageSatisfaction is { } average ? Math.Round(average, 2) : null,
        sheet.Comments.Select(c => new FeedbackCommentResponse(c.Satisfaction, c.Comment, c.Role, c.SubmittedAt)).ToList(),
        sheet.Saved?.EvaluatedBy,
        sheet.Saved?.EvaluatedAt,
        sheet.Saved?.Version);
}

public sealed class EvaluationBody
{
    [Required(ErrorMessage = "기준별 점수를 입력하세요.")]
    public List<ScoreInput>? Scores { get; set; }

    public Recommendation? Recommendation { get; set; }

    [StringLength(4000, ErrorMessage = "평가 의견은 4,000자까지 입력할 수 있습니다.")]
    public string? Comment { get; set; }

    /// <summary>The version read; null when conducting the year's first evaluation.</summary>
    public int? Version { get; set; }
}

public sealed class ScoreInput
{
    [Required(ErrorMessage = "기준 이름을 입력하세요.")]
    public string? Criterion { get; set; }

    public int Score { get; set; }
}

public sealed class FeedbackLinkBody
{
    [Required(ErrorMessage = "피드백을 받을 내용(제목)을 입력하세요.")]
    public string? Title { get; set; }

    public int? ActivityId { get; set; }

    public DateOnly? ClosesOn { get; set; }
}

public sealed record FeedbackLinkResponse(int Id, string Token, string Url, string Title, int? ActivityId, string? ActivityTitle, DateOnly? ClosesOn, bool IsOpen, DateTimeOffset CreatedAt, int Responses)
{
    public static FeedbackLinkResponse From(FeedbackLinkRow row, HttpRequest request) => new(
        row.Id, row.Token, PublicUrl(request, row.Token), row.Title, row.ActivityId, row.ActivityTitle, row.ClosesOn, row.IsOpen, row.CreatedAt, row.Responses);

    /// <summary>The address to hand out: this site's own, so it works wherever the app is served.</summary>
    public static string PublicUrl(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{request.PathBase}/feedback/{token}";
}

public sealed record PublicFeedbackResponse(string Title, string GovernmentName, string PartnerName, string? ActivityTitle, DateOnly? ClosesOn, bool IsOpen, string FormStamp);

public sealed class PublicFeedbackBody
{
    [Required(ErrorMessage = "만족도를 골라 주세요.")]
    public int? Satisfaction { get; set; }

    public FeedbackRole? Role { get; set; }

    [StringLength(Feedback.MaxCommentLength, ErrorMessage = "의견은 1,000자까지 쓸 수 있습니다.")]
    public string? Comment { get; set; }

    /// <summary>The honeypot: left empty by people, who never see it.</summary>
    public string? Website { get; set; }

    /// <summary>From <c>GET /api/feedback/{token}</c>: when the form was handed out.</summary>
    public string? FormStamp { get; set; }
}

using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Features.Public;
using Gyoryu.Web.Infrastructure.Errors;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Benefits;

/// <summary>자매도시 주민 혜택 as officers manage them; the public pages and open data read the published ones.</summary>
public static class BenefitsApi
{
    public const string StaleDetail = "이 혜택은 다른 사용자가 먼저 수정했습니다. 새로 고쳐 최신 내용을 확인한 뒤 다시 저장하세요. 아무것도 덮어쓰지 않았습니다.";

    public static IServiceCollection AddBenefits(this IServiceCollection services)
    {
        services.AddScoped<BenefitQueries>();
        services.AddScoped<BenefitCommands>();
        services.AddScoped<PublicQueries>();
        return services;
    }

    /// <summary>The officers' endpoints, then the public open-data ones (Program.cs names this feature once for both).</summary>
    public static IEndpointRouteBuilder MapBenefitsApi(this IEndpointRouteBuilder endpoints)
    {
        var government = endpoints.MapGroup("/api/local-governments/{code}/benefits").WithTags("Benefits");
        government.MapGet("/", List).WithName("ListBenefits");
        government.MapPost("/", Offer).WithName("OfferBenefit").WithValidation<BenefitInput>();

        var benefits = endpoints.MapGroup("/api/benefits/{id:int}").WithTags("Benefits");
        benefits.MapGet("/", Get).WithName("GetBenefit");
        benefits.MapPut("/", Revise).WithName("ReviseBenefit").WithValidation<BenefitInput>();
        benefits.MapPost("/publish", (int id, BenefitStepInput input, BenefitCommands commands, BenefitQueries queries, CurrentOfficer officer,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
                Step(id, BenefitStep.Publish, input, commands, queries, officer, l, cancellationToken))
            .WithName("PublishBenefit").WithValidation<BenefitStepInput>();
        benefits.MapPost("/withdraw", (int id, BenefitStepInput input, BenefitCommands commands, BenefitQueries queries, CurrentOfficer officer,
                IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
                Step(id, BenefitStep.Withdraw, input, commands, queries, officer, l, cancellationToken))
            .WithName("WithdrawBenefit").WithValidation<BenefitStepInput>();

        endpoints.MapPublicApi();
        return endpoints;
    }

    /// <summary>Every benefit of the government, drafts included.</summary>
    public static async Task<IResult> List(string code, BenefitQueries queries, Data.GyoryuDbContext db, CancellationToken cancellationToken) =>
        await db.LocalGovernments.AnyAsync(g => g.Code == code, cancellationToken)
            ? TypedResults.Ok((await queries.ListAsync(code, cancellationToken)).Select(BenefitItem.From).ToList())
            : NotFound();

    /// <summary>혜택 등록: 201 with the draft; it shows on the public pages once published.</summary>
    public static async Task<IResult> Offer(
        string code, BenefitInput input, BenefitCommands commands, BenefitQueries queries, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await commands.OfferAsync(code, input, cancellationToken);
        if (outcome.Kind != OutcomeKind.Done)
        {
            return Problem(outcome, l);
        }

        var row = await queries.FindAsync(code, outcome.Id, cancellationToken);
        return TypedResults.Created($"/api/benefits/{outcome.Id}", BenefitItem.From(row!));
    }

    public static async Task<IResult> Get(int id, BenefitQueries queries, CurrentOfficer officer, CancellationToken cancellationToken) =>
        await queries.FindAsync(officer.GovernmentCode, id, cancellationToken) is { } row ? TypedResults.Ok(BenefitItem.From(row)) : NotFound();

    public static async Task<IResult> Revise(
        int id, BenefitInput input, BenefitCommands commands, BenefitQueries queries, CurrentOfficer officer, IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        if (input.Version is not { } version)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [l["버전 정보가 없습니다."]] }, title: ErrorSetup.Titles.Invalid);
        }

        var outcome = await commands.ReviseAsync(officer.GovernmentCode, id, version, input, cancellationToken);
        return await ResultAsync(outcome, queries, officer, l, cancellationToken);
    }

    public static async Task<IResult> Step(
        int id, BenefitStep step, BenefitStepInput input, BenefitCommands commands, BenefitQueries queries, CurrentOfficer officer,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await commands.StepAsync(officer.GovernmentCode, id, step, input.Version!.Value, cancellationToken);
        return await ResultAsync(outcome, queries, officer, l, cancellationToken);
    }

    private static async Task<IResult> ResultAsync(
        Outcome outcome, BenefitQueries queries, CurrentOfficer officer, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        outcome.Kind == OutcomeKind.Done
            ? TypedResults.Ok(BenefitItem.From((await queries.FindAsync(officer.GovernmentCode, outcome.Id, cancellationToken))!))
            : Problem(outcome, l);

    private static ProblemHttpResult NotFound() => TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound);

    // Publishing twice or withdrawing a draft is refused as a conflict with the state, as project steps are.
    private static IResult Problem(Outcome outcome, IStringLocalizer<SharedResource> l) => Exchanges.ExchangesApi.Problem(outcome, l[StaleDetail]);
}

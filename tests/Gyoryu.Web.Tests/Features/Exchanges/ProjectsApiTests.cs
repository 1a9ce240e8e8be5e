using System.Net;
using System.Net.Http.Json;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Features.Exchanges;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Exchanges;

/// <summary>Exchange projects through the JSON API. Owners: 남원 (52190), 김제 (52210).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class ProjectsApiTests(WritableApp app)
{
    [Fact]
    public async Task A_project_serves_two_partnerships_and_moves_from_proposed_to_completed_with_its_spending()
    {
        using var officer = app.OfficerOf("52190");
        var first = await officer.CreateExistingAsync("52190", "Toyama", "JP", "SisterCity", "2000");
        var second = await officer.CreateExistingAsync("52190", "Matsuyama", "JP", "Friendship", "2004");

        var proposed = await officer.ProposeOkAsync("52190", ExchangeApi.Plan("청소년 상호 방문 사업", first.Summary.Id, second.Summary.Id));

        proposed.Summary.Status.ShouldBe(ProjectStatus.Proposed);
        proposed.Summary.StatusName.ShouldBe("제안");
        proposed.Summary.PartnershipIds.ShouldBe([first.Summary.Id, second.Summary.Id], ignoreOrder: true);
        proposed.Partnerships.Select(p => p.PartnerNameEn).ShouldBe(["Toyama", "Matsuyama"], ignoreOrder: true);
        proposed.Summary.PlannedBudget.ShouldBe(40_000_000);
        proposed.Summary.PartnerContribution.ShouldBe(10_000_000);
        proposed.AvailableSteps.ShouldBe([ProjectStep.Approve, ProjectStep.Cancel]);

        var approved = await officer.ProjectStepOkAsync(proposed.Summary.Id, "approve", new { version = proposed.Version });
        var started = await officer.ProjectStepOkAsync(proposed.Summary.Id, "start", new { version = approved.Version });
        var spending = await officer.ProjectStepOkAsync(proposed.Summary.Id, "executed-budget", new { version = started.Version, executedBudget = 15_000_000L });
        var completed = await officer.ProjectStepOkAsync(proposed.Summary.Id, "complete", new { version = spending.Version, executedBudget = 38_000_000L });

        approved.Summary.Status.ShouldBe(ProjectStatus.Approved);
        started.Summary.Status.ShouldBe(ProjectStatus.InProgress);
        spending.Summary.ExecutedBudget.ShouldBe(15_000_000);
        completed.Summary.Status.ShouldBe(ProjectStatus.Completed);
        completed.Summary.ExecutedBudget.ShouldBe(38_000_000);
        completed.Summary.ExecutionRate.ShouldBe(95.0);
        completed.AvailableSteps.ShouldBe([ProjectStep.RecordExecutedBudget]);
        var listed = await officer.GetFromJsonAsync<List<ProjectItem>>("/api/local-governments/52190/projects", GyoryuAppFactory.Json);
        listed!.ShouldContain(p => p.Id == proposed.Summary.Id && p.Status == ProjectStatus.Completed);
    }

    [Fact]
    public async Task A_step_the_status_does_not_allow_is_refused_as_a_conflict_in_Korean_and_changes_nothing()
    {
        using var officer = app.OfficerOf("52190");
        var partnership = await officer.CreateExistingAsync("52190", "Atami", "JP", "Friendship", "2007");
        var proposed = await officer.ProposeOkAsync("52190", ExchangeApi.Plan("축제 교류 사업", partnership.Summary.Id));

        using var start = await officer.ProjectStepAsync(proposed.Summary.Id, "start", new { version = proposed.Version });
        using var complete = await officer.ProjectStepAsync(proposed.Summary.Id, "complete", new { version = proposed.Version, executedBudget = 1L });

        await start.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await start.ProblemAsync()).GetProperty("detail").GetString().ShouldBe("승인된 사업만 추진을 시작할 수 있습니다. (현재: 제안)");
        await complete.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        var after = await officer.ProjectAsync(proposed.Summary.Id);
        after.Summary.Status.ShouldBe(ProjectStatus.Proposed);
        after.Version.ShouldBe(proposed.Version);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_a_cancelled_project_cannot_be_revised()
    {
        using var officer = app.OfficerOf("52190");
        var partnership = await officer.CreateExistingAsync("52190", "Takamatsu", "JP", "Friendship", "2009");
        var proposed = await officer.ProposeOkAsync("52190", ExchangeApi.Plan("취소될 사업", partnership.Summary.Id));

        using var noReason = await officer.ProjectStepAsync(proposed.Summary.Id, "cancel", new { version = proposed.Version, reason = " " });
        await noReason.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await noReason.ProblemAsync()).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe("취소 사유를 입력하세요.");

        var cancelled = await officer.ProjectStepOkAsync(proposed.Summary.Id, "cancel", new { version = proposed.Version, reason = "상대 도시 예산 삭감" });
        cancelled.Summary.Status.ShouldBe(ProjectStatus.Cancelled);
        cancelled.CancellationReason.ShouldBe("상대 도시 예산 삭감");
        cancelled.AvailableSteps.ShouldBeEmpty();

        var revision = ExchangeApi.Plan("다시 살린 사업", partnership.Summary.Id);
        revision["version"] = cancelled.Version;
        using var revise = await officer.PutAsJsonAsync($"/api/projects/{proposed.Summary.Id}", revision, GyoryuAppFactory.Json);
        await revise.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await officer.ProjectAsync(proposed.Summary.Id)).Summary.Title.ShouldBe("취소될 사업");
    }

    [Theory]
    [InlineData("Tottori", "plannedBudget", -1L, "plannedBudget", "계획 예산은 0원 이상이어야 합니다.")]
    [InlineData("Asahikawa", "partnerContribution", -500L, "partnerContribution", "상대 측 분담액은 0원 이상이어야 합니다.")]
    [InlineData("Chiba", "endsOn", null, "endsOn", "종료일은 시작일보다 앞설 수 없습니다.")]
    public async Task A_bad_plan_is_refused_beside_its_field_in_Korean_and_no_project_is_saved(string city, string property, long? value, string field, string message)
    {
        using var officer = app.OfficerOf("52210");
        var partnership = await officer.CreateExistingAsync("52210", city, "JP", "Friendship", "2001");
        var plan = ExchangeApi.Plan($"잘못된 계획 {property}", partnership.Summary.Id);
        plan[property] = property == "endsOn" ? new DateOnly(2026, 12, 31).Iso() : value;

        using var response = await officer.ProposeAsync("52210", plan);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(message);
        var listed = await officer.GetFromJsonAsync<List<ProjectItem>>("/api/local-governments/52210/projects", GyoryuAppFactory.Json);
        listed!.ShouldNotContain(p => p.Title == $"잘못된 계획 {property}");
    }

    [Fact]
    public async Task A_partnership_of_another_government_is_refused_and_the_project_is_not_saved()
    {
        using var officer = app.OfficerOf("52210");
        var mine = await officer.CreateExistingAsync("52210", "Matsue", "JP", "Friendship", "2002");
        var theirs = await officer.CreateExistingAsync("52190", "Hakodate", "JP", "Friendship", "2003");

        using var response = await officer.ProposeAsync("52210", ExchangeApi.Plan("남의 교류를 넣은 사업", mine.Summary.Id, theirs.Summary.Id));

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("partnershipIds")[0].GetString().ShouldBe("우리 기관의 교류 관계만 사업에 넣을 수 있습니다.");
        var listed = await officer.GetFromJsonAsync<List<ProjectItem>>("/api/local-governments/52210/projects", GyoryuAppFactory.Json);
        listed!.ShouldNotContain(p => p.Title == "남의 교류를 넣은 사업");
    }

    [Fact]
    public async Task A_stale_revision_is_refused_and_the_plan_saved_first_stays()
    {
        using var officer = app.OfficerOf("52210");
        var partnership = await officer.CreateExistingAsync("52210", "Niigata", "JP", "Friendship", "2005");
        var proposed = await officer.ProposeOkAsync("52210", ExchangeApi.Plan("원래 사업명", partnership.Summary.Id));
        var first = ExchangeApi.Plan("먼저 고친 사업명", partnership.Summary.Id);
        first["version"] = proposed.Version;
        var second = ExchangeApi.Plan("나중에 고친 사업명", partnership.Summary.Id);
        second["version"] = proposed.Version;

        using var saved = await officer.PutAsJsonAsync($"/api/projects/{proposed.Summary.Id}", first, GyoryuAppFactory.Json);
        using var stale = await officer.PutAsJsonAsync($"/api/projects/{proposed.Summary.Id}", second, GyoryuAppFactory.Json);

        await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await stale.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await stale.ProblemAsync()).GetProperty("detail").GetString().ShouldBe(ExchangesApi.ProjectStaleDetail);
        (await officer.ProjectAsync(proposed.Summary.Id)).Summary.Title.ShouldBe("먼저 고친 사업명");
    }
}

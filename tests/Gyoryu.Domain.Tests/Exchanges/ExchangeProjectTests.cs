using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Tests.Exchanges;

public sealed class ExchangeProjectTests
{
    private static readonly Stamp Clerk = new("clerk@gimpo", new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    private static ProjectPlan Plan(long planned = 50_000_000, DateOnly? endsOn = null, int[]? partnerships = null) => new(
        "2026 글렌데일 청소년 홈스테이", ExchangeFields.Youth | ExchangeFields.Education, new DateOnly(2026, 7, 1), endsOn ?? new DateOnly(2026, 8, 31),
        "대외협력팀", planned, 10_000_000, "숙박 현물 제공", null, partnerships ?? [7]);

    [Fact]
    public void A_project_goes_from_proposed_through_approval_and_work_to_completion()
    {
        var project = ExchangeProject.Propose("41570", Plan(), Clerk);
        project.Status.ShouldBe(ProjectStatus.Proposed);
        project.AvailableSteps().ShouldBe([ProjectStep.Approve, ProjectStep.Cancel]);

        project.Approve(Clerk);
        project.Start(Clerk);
        project.RecordExecutedBudget(20_000_000, Clerk);
        project.Complete(45_000_000, Clerk);

        project.Status.ShouldBe(ProjectStatus.Completed);
        project.ExecutedBudget.ShouldBe(45_000_000);
        project.ExecutionRate.ShouldBe(90.0);
        project.AvailableSteps().ShouldBe([ProjectStep.RecordExecutedBudget]);
    }

    [Fact]
    public void Steps_out_of_order_are_refused_and_change_nothing()
    {
        var project = ExchangeProject.Propose("41570", Plan(), Clerk);

        Should.Throw<DomainRuleException>(() => project.Start(Clerk)).Rule.ShouldBe("project.start.status");
        Should.Throw<DomainRuleException>(() => project.Complete(1, Clerk)).Rule.ShouldBe("project.complete.status");
        Should.Throw<DomainRuleException>(() => project.RecordExecutedBudget(1, Clerk)).Rule.ShouldBe("project.execution.status");

        project.Status.ShouldBe(ProjectStatus.Proposed);
        project.ExecutedBudget.ShouldBe(0);
    }

    [Fact]
    public void A_cancelled_project_needs_a_reason_and_cannot_be_revised_or_restarted()
    {
        var project = ExchangeProject.Propose("41570", Plan(), Clerk);
        project.Approve(Clerk);

        var noReason = Should.Throw<DomainRuleException>(() => project.Cancel(" ", Clerk));
        noReason.Rule.ShouldBe("project.cancel.reason");
        noReason.Korean.ShouldBe("취소 사유를 입력하세요.");
        project.Status.ShouldBe(ProjectStatus.Approved);

        project.Cancel("상대 도시 예산 미확보", Clerk);

        project.Status.ShouldBe(ProjectStatus.Cancelled);
        project.CancellationReason.ShouldBe("상대 도시 예산 미확보");
        Should.Throw<DomainRuleException>(() => project.Revise(Plan(), Clerk)).Rule.ShouldBe("project.closed");
        Should.Throw<DomainRuleException>(() => project.Start(Clerk)).Rule.ShouldBe("project.start.status");
        project.AvailableSteps().ShouldBeEmpty();
    }

    [Fact]
    public void A_negative_budget_is_refused_in_Korean_naming_the_field()
    {
        var refusal = Should.Throw<DomainRuleException>(() => ExchangeProject.Propose("41570", Plan(planned: -1), Clerk));

        refusal.Rule.ShouldBe("exchange.amount.negative");
        refusal.Field.ShouldBe("PlannedBudget");
        refusal.Korean.ShouldBe("계획 예산은 0원 이상이어야 합니다.");
    }

    [Fact]
    public void A_refused_revision_leaves_the_plan_as_it_was()
    {
        var project = ExchangeProject.Propose("41570", Plan(), Clerk);

        Should.Throw<DomainRuleException>(() => project.Revise(Plan(planned: -5) with { Title = "바뀐 이름" }, Clerk));

        project.Title.ShouldBe("2026 글렌데일 청소년 홈스테이");
        project.PlannedBudget.ShouldBe(50_000_000);
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        var refusal = Should.Throw<DomainRuleException>(() => ExchangeProject.Propose("41570", Plan(endsOn: new DateOnly(2026, 6, 30)), Clerk));

        refusal.Rule.ShouldBe("project.period");
        refusal.Field.ShouldBe("EndsOn");
    }

    [Fact]
    public void A_project_serves_at_least_one_partnership_and_revisions_replace_the_set()
    {
        Should.Throw<DomainRuleException>(() => ExchangeProject.Propose("41570", Plan(partnerships: []), Clerk)).Rule.ShouldBe("project.partnerships");

        var project = ExchangeProject.Propose("41570", Plan(partnerships: [7, 8]), Clerk);
        project.Revise(Plan(partnerships: [8, 9, 9]), Clerk);

        project.Partnerships.Select(p => p.PartnershipId).Order().ShouldBe([8, 9]);
    }
}

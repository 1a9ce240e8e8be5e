using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>Every change to an exchange project, shared by the pages and the JSON API.</summary>
public sealed class ProjectCommands(GyoryuDbContext db, CurrentOfficer officer)
{
    public async Task<Outcome> ProposeAsync(string code, ProjectInput input, CancellationToken cancellationToken)
    {
        if (!await db.LocalGovernments.AnyAsync(g => g.Code == code, cancellationToken))
        {
            return Outcome.NotFound;
        }

        try
        {
            var plan = input.ToPlan();
            await RequireOwnPartnershipsAsync(code, plan, cancellationToken);
            var project = ExchangeProject.Propose(code, plan, officer.Stamp());
            db.ExchangeProjects.Add(project);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, project.Id, project.Version);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
    }

    public Task<Outcome> ReviseAsync(string code, int id, int expectedVersion, ProjectInput input, CancellationToken cancellationToken) =>
        ApplyAsync(code, id, expectedVersion, async project =>
        {
            var plan = input.ToPlan();
            await RequireOwnPartnershipsAsync(code, plan, cancellationToken);
            project.Revise(plan, officer.Stamp());
        }, cancellationToken);

    /// <summary>승인, 추진 시작, 집행액 기록, 완료 or 취소, if the caller saw the current version.</summary>
    public Task<Outcome> StepAsync(string code, int id, ProjectStep step, ProjectStepInput input, CancellationToken cancellationToken) =>
        ApplyAsync(code, id, input.Version ?? -1, project =>
        {
            var stamp = officer.Stamp();
            switch (step)
            {
                case ProjectStep.Approve:
                    project.Approve(stamp);
                    break;
                case ProjectStep.Start:
                    project.Start(stamp);
                    break;
                case ProjectStep.RecordExecutedBudget:
                    project.RecordExecutedBudget(RequireExecuted(input), stamp);
                    break;
                case ProjectStep.Complete:
                    project.Complete(RequireExecuted(input), stamp);
                    break;
                default:
                    project.Cancel(input.Reason ?? string.Empty, stamp);
                    break;
            }

            return Task.CompletedTask;
        }, cancellationToken);

    private static long RequireExecuted(ProjectStepInput input) => input.ExecutedBudget
        ?? throw new DomainRuleException("project.execution.required", "집행액을 입력하세요.", "Enter the amount spent.", nameof(ProjectStepInput.ExecutedBudget));

    // A project serves the partnerships of the government that runs it, never another government's.
    private async Task RequireOwnPartnershipsAsync(string code, ProjectPlan plan, CancellationToken cancellationToken)
    {
        var ids = plan.PartnershipIds.ToList();
        var own = await db.Partnerships.Where(ActivityCommands.Of(code)).CountAsync(p => ids.Contains(p.Id), cancellationToken);
        if (own != ids.Count)
        {
            throw new DomainRuleException("project.partnerships.foreign", "우리 기관의 교류 관계만 사업에 넣을 수 있습니다.",
                "A project can serve only this government's own partnerships.", nameof(ProjectInput.PartnershipIds));
        }
    }

    private async Task<Outcome> ApplyAsync(string code, int id, int expectedVersion, Func<ExchangeProject, Task> change, CancellationToken cancellationToken)
    {
        var project = await db.ExchangeProjects.Include(p => p.Partnerships).SingleOrDefaultAsync(p => p.Id == id && p.OwnerCode == code, cancellationToken);
        return await VersionedChange.ApplyAsync(db, project, expectedVersion, change, cancellationToken);
    }
}

using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Exchanges;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Benefits;

public enum BenefitStep
{
    Publish,
    Withdraw,
}

/// <summary>Every change to a resident benefit, shared by the pages and the JSON API.</summary>
public sealed class BenefitCommands(GyoryuDbContext db, CurrentOfficer officer)
{
    public async Task<Outcome> OfferAsync(string code, BenefitInput input, CancellationToken cancellationToken)
    {
        if (!await db.LocalGovernments.AnyAsync(g => g.Code == code, cancellationToken))
        {
            return Outcome.NotFound;
        }

        try
        {
            var terms = input.ToTerms();
            await RequireOwnSignedTieAsync(code, terms.PartnershipId, null, cancellationToken);
            var benefit = ResidentBenefit.Offer(code, terms, officer.Stamp());
            db.ResidentBenefits.Add(benefit);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, benefit.Id, benefit.Version);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
    }

    public Task<Outcome> ReviseAsync(string code, int id, int expectedVersion, BenefitInput input, CancellationToken cancellationToken) =>
        ApplyAsync(code, id, expectedVersion, async benefit =>
        {
            var terms = input.ToTerms();
            await RequireOwnSignedTieAsync(code, terms.PartnershipId, benefit.PartnershipId, cancellationToken);
            benefit.Revise(terms, officer.Stamp());
        }, cancellationToken);

    public Task<Outcome> StepAsync(string code, int id, BenefitStep step, int expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(code, id, expectedVersion, benefit =>
        {
            if (step == BenefitStep.Publish)
            {
                benefit.Publish(officer.Stamp());
            }
            else
            {
                benefit.Withdraw(officer.Stamp());
            }

            return Task.CompletedTask;
        }, cancellationToken);

    // A benefit is for residents of this government's own partner, and only of a tie that was signed; one it already names may stay.
    private async Task RequireOwnSignedTieAsync(string code, int? partnershipId, int? current, CancellationToken cancellationToken)
    {
        if (partnershipId is not { } id || id == current)
        {
            return;
        }

        var status = await db.Partnerships.Where(ActivityCommands.Of(code)).Where(p => p.Id == id).Select(p => (PartnershipStatus?)p.Status)
            .SingleOrDefaultAsync(cancellationToken);
        if (status is not { } s || !BenefitQueries.IsSigned(s))
        {
            throw new DomainRuleException("benefit.partnership", "협약을 체결한 우리 기관의 교류 도시만 고를 수 있습니다.",
                "Choose one of this government's signed partner cities.", nameof(BenefitInput.PartnershipId));
        }
    }

    private async Task<Outcome> ApplyAsync(string code, int id, int expectedVersion, Func<ResidentBenefit, Task> change, CancellationToken cancellationToken)
    {
        var benefit = await db.ResidentBenefits.SingleOrDefaultAsync(b => b.Id == id && b.OwnerCode == code, cancellationToken);
        return await VersionedChange.ApplyAsync(db, benefit, expectedVersion, change, cancellationToken);
    }
}

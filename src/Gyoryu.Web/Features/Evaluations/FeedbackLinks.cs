using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Gyoryu.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Evaluations;

public sealed record NewFeedbackLink(string? Title, int? ActivityId, DateOnly? ClosesOn);

public sealed record FeedbackLinkRow(int Id, string Token, string Title, int? ActivityId, string? ActivityTitle, DateOnly? ClosesOn, bool IsOpen, DateTimeOffset CreatedAt, int Responses);

public sealed record ActivityChoice(int Id, string Title, DateOnly HeldOn);

/// <summary>What the public page shows about a link: the two places and what is asked about.</summary>
public sealed record PublicFeedbackLink(string Token, string Title, string GovernmentNameKo, string GovernmentNameEn, string PartnerNameKo, string PartnerNameEn, string? ActivityTitle, DateOnly? ClosesOn, bool IsOpen);

/// <summary>What someone answers through a public link.</summary>
public sealed record FeedbackAnswer(int Satisfaction, FeedbackRole Role, string? Comment);

/// <summary>Feedback links of a partnership and the answers that come through them.</summary>
public sealed class FeedbackLinks(GyoryuDbContext db, PartnershipQueries partnerships, CurrentOfficer officer, TenantScope tenant, TimeProvider clock)
{
    public async Task<Outcome> OpenAsync(int partnershipId, NewFeedbackLink input, CancellationToken cancellationToken)
    {
        var owner = await db.Partnerships.AsNoTracking().Where(p => p.Id == partnershipId).Select(p => p.OwnerCode).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return Outcome.NotFound;
        }

        try
        {
            if (input.ActivityId is { } activityId && !await db.Activities.AnyAsync(a => a.Id == activityId && a.PartnershipId == partnershipId, cancellationToken))
            {
                throw new DomainRuleException("feedback-link.activity", "이 교류 관계의 활동을 고르세요.", "Choose an activity of this partnership.", nameof(input.ActivityId));
            }

            if (input.Title is { Length: > 200 })
            {
                throw new DomainRuleException("feedback-link.title-length", "제목은 200자까지 입력할 수 있습니다.", "The title can be at most 200 characters.", nameof(input.Title));
            }

            var link = FeedbackLink.Open(owner, partnershipId, input.ActivityId, input.Title ?? string.Empty, input.ClosesOn, officer.Stamp());
            db.FeedbackLinks.Add(link);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, link.Id);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
    }

    public async Task<IReadOnlyList<FeedbackLinkRow>> ListAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var today = Today;
        var rows = await db.FeedbackLinks.AsNoTracking()
            .Where(l => l.PartnershipId == partnershipId)
            .Select(l => new
            {
                l.Id,
                l.Token,
                l.Title,
                l.ActivityId,
                ActivityTitle = db.Activities.Where(a => a.Id == l.ActivityId).Select(a => a.Title).FirstOrDefault(),
                l.ClosesOn,
                l.CreatedAt,
                Responses = db.Feedback.Count(f => f.FeedbackLinkId == l.Id),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new FeedbackLinkRow(r.Id, r.Token, r.Title, r.ActivityId, r.ActivityTitle, r.ClosesOn, r.ClosesOn is not { } c || today <= c, r.CreatedAt, r.Responses))];
    }

    public async Task<IReadOnlyList<ActivityChoice>> ActivitiesAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var rows = await db.Activities.AsNoTracking().Where(a => a.PartnershipId == partnershipId)
            .OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id).Take(100)
            .Select(a => new ActivityChoice(a.Id, a.Title, a.HeldOn))
            .ToListAsync(cancellationToken);
        return rows;
    }

    public async Task<PublicFeedbackLink?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var link = await FindByTokenAsync(token, cancellationToken);
        if (link is null)
        {
            return null;
        }

        var row = await partnerships.RowAsync(link.PartnershipId, null, cancellationToken);
        var activity = link.ActivityId is { } id ? await db.Activities.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).SingleOrDefaultAsync(cancellationToken) : null;
        return row is null
            ? null
            : new PublicFeedbackLink(link.Token, link.Title, row.GovernmentNameKo, row.GovernmentNameEn, row.PartnerNameKo, row.PartnerNameEn, activity, link.ClosesOn, link.IsOpen(Today));
    }

    /// <summary>Takes one answer; the domain refuses scores out of range and closed links.</summary>
    public async Task<Outcome> ReceiveAsync(string token, FeedbackAnswer answer, CancellationToken cancellationToken)
    {
        var link = await FindByTokenAsync(token, cancellationToken);
        if (link is null)
        {
            return Outcome.NotFound;
        }

        try
        {
            var feedback = link.Receive(answer.Satisfaction, answer.Comment, answer.Role, clock.GetUtcNow());
            db.Feedback.Add(feedback);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, feedback.Id);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
    }

    // Anyone holding the token may answer without signing in; the link's government is then the one whose records are read.
    private async Task<FeedbackLink?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        var link = await db.FeedbackLinks.IgnoreQueryFilters([GyoryuDbContext.TenantFilter]).AsNoTracking()
            .SingleOrDefaultAsync(l => l.Token == token, cancellationToken);
        if (link is not null)
        {
            tenant.Admit(link.OwnerCode);
        }

        return link;
    }

    private DateOnly Today => Stamp.KoreaDate(clock.GetUtcNow());
}

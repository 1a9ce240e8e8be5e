using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Features.Evaluations;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Features.Evaluations;

/// <summary>Partnerships, activities and feedback links written straight to the app's database, as the other features would record them.</summary>
internal static class EvaluationWorld
{
    public static readonly Stamp Clerk = new("테스트 담당자", new DateTimeOffset(2025, 1, 2, 3, 0, 0, TimeSpan.Zero));

    /// <summary>An active sister-city tie of <paramref name="owner"/> with a foreign city, and its activities.</summary>
    public static async Task<int> PartnershipAsync(GyoryuAppFactory app, string owner, string cityName, string country, params ActivityRecord[] activities)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var city = await db.ForeignCities.FirstAsync(c => c.CountryCode == country && c.NameEn == cityName);
            var partnership = Partnership.RegisterExistingAgreement(owner, PartnerRef.Of(city), country, PartnershipType.SisterCity,
                PartialDate.OfYear(2010), ExchangeFields.Administration, null, Clerk);
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            db.Activities.AddRange(activities.Select(a => Activity.Record(owner, partnership.Id, a, Clerk)));
            await db.SaveChangesAsync();
            return partnership.Id;
        }
    }

    public static ActivityRecord Held(DateOnly on, VisitDirection direction, ExchangeFields fields, Participants participants, long cost, Outcomes outcomes, string title = "교류 활동") =>
        new(ActivityKind.DelegationVisit, direction, title, on, null, "시청", fields, null, participants, cost, outcomes, null);

    /// <summary>A link that closed on 2025-01-31, opened before that.</summary>
    public static async Task<string> ClosedLinkAsync(GyoryuAppFactory app, string owner, int partnershipId)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var link = FeedbackLink.Open(owner, partnershipId, null, "지난 행사", new DateOnly(2025, 1, 31), Clerk);
            db.FeedbackLinks.Add(link);
            await db.SaveChangesAsync();
            return link.Token;
        }
    }

    /// <summary>A form stamp as the page would have handed out <paramref name="secondsAgo"/> seconds ago.</summary>
    public static string StampFromSecondsAgo(GyoryuAppFactory app, string token, int secondsAgo) =>
        app.Services.GetRequiredService<FeedbackGuard>().Issue(token, DateTimeOffset.UtcNow.AddSeconds(-secondsAgo));

    public static async Task<List<Feedback>> FeedbackAsync(GyoryuAppFactory app, int partnershipId)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            return await db.Feedback.AsNoTracking().Where(f => f.PartnershipId == partnershipId).ToListAsync();
        }
    }
}

using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Features.Performance;

/// <summary>Signed ties with known activities written straight to the database, for KPI and dormancy tests.</summary>
internal static class PerformanceSeed
{
    public static readonly Stamp Stamp = new("테스트", DateTimeOffset.UtcNow);

    public static ActivityRecord Activity(
        DateOnly on, VisitDirection direction, ExchangeFields fields, Participants participants, long cost, Outcomes? outcomes = null, string title = "교류 활동") =>
        new(ActivityKind.DelegationVisit, direction, title, on, null, "시청", fields, null, participants, cost, outcomes ?? Outcomes.None, null);

    /// <summary>A signed sister-city tie of <paramref name="owner"/> with the <paramref name="nth"/> reference city of a country, and its activities.</summary>
    public static async Task<int> TieAsync(GyoryuAppFactory app, string owner, string country, int nth, PartialDate? signedOn, params ActivityRecord[] activities)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var city = await db.ForeignCities.Where(c => c.CountryCode == country).OrderBy(c => c.Id).Skip(nth).FirstAsync();
            var partnership = Partnership.RegisterExistingAgreement(owner, PartnerRef.Of(city), country, PartnershipType.SisterCity,
                signedOn, ExchangeFields.Administration, null, Stamp);
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            db.Activities.AddRange(activities.Select(a => Gyoryu.Domain.Exchanges.Activity.Record(owner, partnership.Id, a, Stamp)));
            await db.SaveChangesAsync();
            return partnership.Id;
        }
    }
}

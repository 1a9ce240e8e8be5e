using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Performance;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Features.Performance;

/// <summary>The database computes each KPI from known activities; owners are 서울 은평구 (11380) and 서대문구 (11410).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class KpiQueriesTests(WritableApp app)
{
    private static readonly Stamp Stamp = new("테스트", new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    [Fact]
    public async Task Yearly_kpis_sum_counts_costs_outcomes_and_visits_per_year()
    {
        var partnershipId = await PartnershipWithActivitiesAsync("11380", "Trier", "DE",
            Activity(new DateOnly(2025, 4, 3), VisitDirection.Outbound, ExchangeFields.Administration, new Participants(5, 0, 0, 0), 12_000_000, Outcomes.None),
            Activity(new DateOnly(2025, 8, 20), VisitDirection.Inbound, ExchangeFields.Youth | ExchangeFields.Education, new Participants(2, 10, 18, 0), 30_000_000, new Outcomes(1, 0, 0, 0, null)),
            Activity(new DateOnly(2025, 10, 1), VisitDirection.None, ExchangeFields.Economy, new Participants(1, 0, 0, 6), 5_000_000, new Outcomes(0, 2, 150_000_000, 0, null)),
            Activity(new DateOnly(2026, 5, 9), VisitDirection.Inbound, ExchangeFields.Tourism, new Participants(3, 40, 0, 0), 8_000_000, new Outcomes(0, 0, 0, 2_500, null)),
            Activity(new DateOnly(2026, 12, 24), VisitDirection.Outbound, ExchangeFields.CultureArts, new Participants(9, 9, 9, 9), 99_000_000, Outcomes.None));

        var kpis = await QueryAsync(q => q.ByYearAsync(partnershipId, AsOf, CancellationToken.None));

        kpis.Select(k => k.Year).ShouldBe([2025, 2026]);
        var year2025 = kpis[0];
        year2025.Activities.ShouldBe(3);
        year2025.OutboundVisits.ShouldBe(1);
        year2025.InboundVisits.ShouldBe(1);
        year2025.VisitBalance.ShouldBe(1.0);
        year2025.Officials.ShouldBe(8);
        year2025.Citizens.ShouldBe(10);
        year2025.Students.ShouldBe(18);
        year2025.Companies.ShouldBe(6);
        year2025.PeopleReached.ShouldBe(36);
        year2025.Cost.ShouldBe(47_000_000);
        year2025.CostPerParticipant.ShouldBe(1_305_556);
        year2025.AgreementsSigned.ShouldBe(1);
        year2025.ExportContracts.ShouldBe(2);
        year2025.ExportAmount.ShouldBe(150_000_000);
        year2025.FieldsCovered.ShouldBe(ExchangeFields.Administration | ExchangeFields.Youth | ExchangeFields.Education | ExchangeFields.Economy);
        year2025.FieldCount.ShouldBe(4);
        year2025.LastActivityOn.ShouldBe(new DateOnly(2025, 10, 1));

        // The December festival is still a plan on the as-of day.
        var year2026 = kpis[1];
        year2026.Activities.ShouldBe(1);
        year2026.Visitors.ShouldBe(2_500);
        year2026.OutboundVisits.ShouldBe(0);
        year2026.VisitBalance.ShouldBe(0.0);
        year2026.DaysSinceLastActivity(AsOf).ShouldBe(205);
    }

    [Fact]
    public async Task A_year_without_activity_gives_an_empty_row_and_the_latest_activity_is_found()
    {
        var partnershipId = await PartnershipWithActivitiesAsync("11410", "Gdańsk", "PL",
            Activity(new DateOnly(2024, 2, 1), VisitDirection.Outbound, ExchangeFields.Sports, new Participants(1, 1, 1, 0), 0, Outcomes.None, "첫 방문"),
            Activity(new DateOnly(2024, 6, 1), VisitDirection.Inbound, ExchangeFields.Sports, new Participants(1, 1, 1, 0), 0, Outcomes.None, "답방"));

        var empty = await QueryAsync(q => q.ForYearAsync(partnershipId, 2026, AsOf, CancellationToken.None));
        var last = await QueryAsync(q => q.LastActivitiesAsync([partnershipId], AsOf, CancellationToken.None));
        var governmentRows = await QueryAsync(q => q.ForGovernmentAsync("11410", 2024, AsOf, CancellationToken.None));

        empty.Activities.ShouldBe(0);
        empty.CostPerParticipant.ShouldBeNull();
        empty.VisitBalance.ShouldBeNull();
        last[partnershipId].HeldOn.ShouldBe(new DateOnly(2024, 6, 1));
        last[partnershipId].Title.ShouldBe("답방");
        governmentRows.ShouldContain(k => k.PartnershipId == partnershipId && k.Activities == 2 && k.PeopleReached == 6);
    }

    [Fact]
    public async Task A_government_year_is_aggregated_per_partnership_and_fields_are_counted_per_activity()
    {
        var trier = await PartnershipWithActivitiesAsync("11440", "Nantes", "FR",
            Activity(new DateOnly(2025, 3, 1), VisitDirection.Outbound, ExchangeFields.Economy | ExchangeFields.Tourism, new Participants(2, 3, 0, 1), 4_000_000, new Outcomes(0, 1, 90_000_000, 0, null)),
            Activity(new DateOnly(2025, 9, 1), VisitDirection.Inbound, ExchangeFields.Tourism, new Participants(1, 0, 0, 0), 1_000_000, Outcomes.None),
            Activity(new DateOnly(2024, 9, 1), VisitDirection.Inbound, ExchangeFields.Sports, new Participants(1, 1, 1, 0), 500_000, Outcomes.None));
        var quiet = await PartnershipWithActivitiesAsync("11440", "Lyon", "FR",
            Activity(new DateOnly(2023, 5, 5), VisitDirection.Outbound, ExchangeFields.CultureArts, new Participants(1, 0, 0, 0), 100_000, Outcomes.None));

        var year2025 = await QueryAsync(q => q.ForPartnershipsAsync([trier, quiet], 2025, AsOf, CancellationToken.None));
        var everyYear = await QueryAsync(q => q.ByYearForGovernmentAsync("11440", null, AsOf, CancellationToken.None));
        var only2024 = await QueryAsync(q => q.ByYearForGovernmentAsync("11440", 2024, AsOf, CancellationToken.None));
        var allFields = await QueryAsync(q => q.FieldActivitiesAsync(trier, null, AsOf, CancellationToken.None));
        var fields2025 = await QueryAsync(q => q.FieldActivitiesAsync(trier, 2025, AsOf, CancellationToken.None));

        var row = year2025.ShouldHaveSingleItem();
        row.PartnershipId.ShouldBe(trier);
        row.Activities.ShouldBe(2);
        row.Cost.ShouldBe(5_000_000);
        row.PeopleReached.ShouldBe(6);
        row.ExportAmount.ShouldBe(90_000_000);
        everyYear.Select(k => (k.PartnershipId == trier, k.Year, k.Activities)).ShouldBe([(true, 2024, 1), (true, 2025, 2), (false, 2023, 1)], ignoreOrder: true);
        only2024.ShouldHaveSingleItem().Year.ShouldBe(2024);
        allFields.Select(f => (f.Field, f.Activities)).ShouldBe([(ExchangeFields.Tourism, 2), (ExchangeFields.Sports, 1), (ExchangeFields.Economy, 1)], ignoreOrder: true);
        allFields[0].Field.ShouldBe(ExchangeFields.Tourism);
        fields2025.Select(f => (f.Field, f.Activities)).ShouldBe([(ExchangeFields.Tourism, 2), (ExchangeFields.Economy, 1)], ignoreOrder: true);
    }

    private static ActivityRecord Activity(
        DateOnly on, VisitDirection direction, ExchangeFields fields, Participants participants, long cost, Outcomes outcomes, string title = "교류 활동") =>
        new(ActivityKind.DelegationVisit, direction, title, on, null, "시청", fields, null, participants, cost, outcomes, null);

    private async Task<int> PartnershipWithActivitiesAsync(string owner, string cityName, string country, params ActivityRecord[] activities)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var city = await db.ForeignCities.FirstAsync(c => c.CountryCode == country && c.NameEn == cityName);
            var partnership = Partnership.RegisterExistingAgreement(owner, PartnerRef.Of(city), country, PartnershipType.SisterCity,
                PartialDate.OfYear(2010), ExchangeFields.Administration, null, Stamp);
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            db.Activities.AddRange(activities.Select(a => Gyoryu.Domain.Exchanges.Activity.Record(owner, partnership.Id, a, Stamp)));
            await db.SaveChangesAsync();
            return partnership.Id;
        }
    }

    private async Task<T> QueryAsync<T>(Func<KpiQueries, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KpiQueries>());
    }
}

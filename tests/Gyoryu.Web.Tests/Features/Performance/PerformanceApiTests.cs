using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;
using static Gyoryu.Web.Tests.Features.Performance.PerformanceSeed;

namespace Gyoryu.Web.Tests.Features.Performance;

/// <summary>The KPI and dormancy API over known activities; owners are 남해군 (48840), 하동군 (48850) and 아산시 (44200).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class PerformanceApiTests(WritableApp app)
{
    private readonly HttpClient client = app.CreateClient();

    private static DateOnly Today => GyoryuApi.Today;

    [Fact]
    public async Task A_partnerships_kpis_come_by_year_with_balance_cost_per_participant_and_fields()
    {
        var id = await TieAsync(app, "48840", "FR", 3, PartialDate.OfYear(2015),
            Activity(new DateOnly(2024, 4, 2), VisitDirection.Outbound, ExchangeFields.Administration, new Participants(4, 0, 0, 0), 8_000_000),
            Activity(new DateOnly(2024, 10, 9), VisitDirection.Inbound, ExchangeFields.Youth | ExchangeFields.Education, new Participants(2, 0, 20, 0), 14_000_000, new Outcomes(1, 0, 0, 0, null)),
            Activity(new DateOnly(2025, 6, 30), VisitDirection.Outbound, ExchangeFields.Economy, new Participants(1, 0, 0, 5), 3_000_000, new Outcomes(0, 2, 75_000_000, 0, null)));

        var kpis = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{id}/kpis", GyoryuAppFactory.Json);

        kpis.GetProperty("partnershipId").GetInt32().ShouldBe(id);
        var years = kpis.GetProperty("years").EnumerateArray().ToList();
        years.Select(y => y.GetProperty("year").GetInt32()).ShouldBe([2024, 2025]);
        var y2024 = years[0];
        y2024.GetProperty("activities").GetInt32().ShouldBe(2);
        y2024.GetProperty("outboundVisits").GetInt32().ShouldBe(1);
        y2024.GetProperty("inboundVisits").GetInt32().ShouldBe(1);
        y2024.GetProperty("visitBalance").GetDouble().ShouldBe(1.0);
        y2024.GetProperty("peopleReached").GetInt32().ShouldBe(26);
        y2024.GetProperty("budgetExecuted").GetInt64().ShouldBe(22_000_000);
        y2024.GetProperty("costPerParticipant").GetInt64().ShouldBe(846_154);
        y2024.GetProperty("agreementsSigned").GetInt32().ShouldBe(1);
        y2024.GetProperty("fieldsCovered").EnumerateArray().Select(f => f.GetString()).ShouldBe(["Administration", "Education", "Youth"], ignoreOrder: true);
        y2024.GetProperty("fieldCount").GetInt32().ShouldBe(3);
        y2024.GetProperty("lastActivityOn").GetString().ShouldBe("2024-10-09");
        var y2025 = years[1];
        y2025.GetProperty("exportContracts").GetInt32().ShouldBe(2);
        y2025.GetProperty("exportAmount").GetInt64().ShouldBe(75_000_000);
        y2025.GetProperty("visitBalance").GetDouble().ShouldBe(0.0);
        y2025.GetProperty("daysSinceLastActivity").GetInt32().ShouldBe(Today.DayNumber - new DateOnly(2025, 6, 30).DayNumber);
    }

    [Fact]
    public async Task A_governments_kpis_list_each_tie_of_the_year_with_totals_computed_from_them()
    {
        var busy = await TieAsync(app, "48850", "DE", 5, PartialDate.OfYear(2012),
            Activity(new DateOnly(2025, 2, 1), VisitDirection.Outbound, ExchangeFields.Tourism, new Participants(2, 10, 0, 0), 6_000_000, new Outcomes(0, 1, 40_000_000, 0, null)),
            Activity(new DateOnly(2025, 8, 1), VisitDirection.Inbound, ExchangeFields.Tourism, new Participants(3, 0, 0, 0), 2_000_000),
            Activity(new DateOnly(2024, 8, 1), VisitDirection.Inbound, ExchangeFields.Tourism, new Participants(50, 0, 0, 0), 99_000_000));
        var other = await TieAsync(app, "48850", "DE", 6, PartialDate.OfYear(2018),
            Activity(new DateOnly(2025, 5, 5), VisitDirection.None, ExchangeFields.CultureArts, new Participants(0, 0, 7, 0), 1_500_000));

        var answer = await client.GetFromJsonAsync<JsonElement>("/api/local-governments/48850/kpis?year=2025", GyoryuAppFactory.Json);

        answer.GetProperty("year").GetInt32().ShouldBe(2025);
        answer.GetProperty("activities").GetInt32().ShouldBe(3);
        answer.GetProperty("peopleReached").GetInt32().ShouldBe(22);
        answer.GetProperty("budgetExecuted").GetInt64().ShouldBe(9_500_000);
        answer.GetProperty("exportAmount").GetInt64().ShouldBe(40_000_000);
        var rows = answer.GetProperty("partnerships").EnumerateArray().ToDictionary(r => r.GetProperty("partnershipId").GetInt32());
        rows[busy].GetProperty("kpis").GetProperty("activities").GetInt32().ShouldBe(2);
        rows[busy].GetProperty("kpis").GetProperty("budgetExecuted").GetInt64().ShouldBe(8_000_000);
        rows[other].GetProperty("kpis").GetProperty("peopleReached").GetInt32().ShouldBe(7);
        rows[other].GetProperty("lastActivityOn").GetString().ShouldBe("2025-05-05");
    }

    [Fact]
    public async Task Ties_quiet_longer_than_the_period_are_listed_as_dormant_with_evidence_and_the_boundary_day_is_not()
    {
        var threshold = Today.AddMonths(-24);
        var exactly = await TieAsync(app, "44200", "IT", 1, PartialDate.OfYear(2001),
            Activity(threshold, VisitDirection.Outbound, ExchangeFields.Sports, new Participants(1, 0, 0, 0), 0, title: "정확히 24개월 전"));
        var oneDayMore = await TieAsync(app, "44200", "IT", 2, PartialDate.OfYear(2001),
            Activity(threshold.AddDays(-1), VisitDirection.Outbound, ExchangeFields.Sports, new Participants(1, 0, 0, 0), 0, title: "하루 더 전"));
        var neverActive = await TieAsync(app, "44200", "IT", 3, PartialDate.OfDay(threshold.AddDays(-1)));
        var signedJustInTime = await TieAsync(app, "44200", "IT", 4, PartialDate.OfDay(threshold));
        // Known only as a year: counted from that year's last day, so it is not called dormant on a guess.
        var signedInTheYear = await TieAsync(app, "44200", "IT", 5, PartialDate.OfYear(threshold.Year));

        var dormant = await client.GetFromJsonAsync<JsonElement>("/api/local-governments/44200/dormant", GyoryuAppFactory.Json);

        var listed = dormant.EnumerateArray().ToDictionary(d => d.GetProperty("partnershipId").GetInt32());
        listed.Keys.ShouldContain(oneDayMore);
        listed.Keys.ShouldContain(neverActive);
        listed.Keys.ShouldNotContain(exactly);
        listed.Keys.ShouldNotContain(signedJustInTime);
        listed.Keys.ShouldNotContain(signedInTheYear);
        var evidence = listed[oneDayMore].GetProperty("dormancy");
        evidence.GetProperty("lastActivityOn").GetString().ShouldBe(threshold.AddDays(-1).Iso());
        evidence.GetProperty("quietMonths").GetInt32().ShouldBe(24);
        evidence.GetProperty("thresholdMonths").GetInt32().ShouldBe(24);
        evidence.GetProperty("evidenceKorean").GetString().ShouldBe($"마지막 교류 활동 {threshold.AddDays(-1).Iso()} (하루 더 전) 이후 24개월 동안 활동이 없습니다 (기준 24개월).");
        var unsigned = listed[neverActive].GetProperty("dormancy");
        unsigned.GetProperty("quietSince").GetString().ShouldBe(threshold.AddDays(-1).Iso());
        unsigned.GetProperty("evidenceKorean").GetString()!.ShouldStartWith($"협약({threshold.AddDays(-1).Iso()}) 이후 기록된 교류 활동이 없습니다");

        var kpis = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{oneDayMore}/kpis", GyoryuAppFactory.Json);
        kpis.GetProperty("dormancy").GetProperty("lastActivityTitle").GetString().ShouldBe("하루 더 전");
        var quietKpis = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{exactly}/kpis", GyoryuAppFactory.Json);
        quietKpis.GetProperty("dormancy").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/api/partnerships/999999/kpis")]
    [InlineData("/api/local-governments/99999/kpis")]
    [InlineData("/api/local-governments/99999/dormant")]
    [InlineData("/api/local-governments/99999/activities.xlsx")]
    public async Task Unknown_partnerships_and_governments_answer_404(string url)
    {
        using var response = await client.GetAsync(url);

        await response.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_year_out_of_range_is_refused_with_a_Korean_message_on_the_field()
    {
        using var response = await client.GetAsync("/api/local-governments/48850/kpis?year=3000");

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").GetProperty("year")[0].GetString().ShouldBe("연도는 1950년부터 2100년 사이여야 합니다.");
    }
}

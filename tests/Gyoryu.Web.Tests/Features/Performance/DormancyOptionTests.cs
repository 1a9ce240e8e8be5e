using System.Net.Http.Json;
using System.Text.Json;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;
using static Gyoryu.Web.Tests.Features.Performance.PerformanceSeed;

namespace Gyoryu.Web.Tests.Features.Performance;

/// <summary>The app with Gyoryu:DormancyMonths=36 instead of the default 24.</summary>
public sealed class AppWithThreeYearDormancy() : GyoryuAppFactory(demoData: false, settings: new Dictionary<string, string?> { ["Gyoryu:DormancyMonths"] = "36" });

public sealed class DormancyOptionTests(AppWithThreeYearDormancy app) : IClassFixture<AppWithThreeYearDormancy>
{
    [Fact]
    public async Task The_configured_period_moves_the_threshold()
    {
        var today = GyoryuApi.Today;
        var thirtyMonths = await TieAsync(app, "48310", "ES", 1, PartialDate.OfYear(2000),
            Activity(today.AddMonths(-30), VisitDirection.Inbound, ExchangeFields.Tourism, new Participants(1, 0, 0, 0), 0));
        var overThreeYears = await TieAsync(app, "48310", "ES", 2, PartialDate.OfYear(2000),
            Activity(today.AddMonths(-36).AddDays(-1), VisitDirection.Inbound, ExchangeFields.Tourism, new Participants(1, 0, 0, 0), 0, title: "마지막 방문"));

        var dormant = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/local-governments/48310/dormant", GyoryuAppFactory.Json);

        var listed = dormant.EnumerateArray().ToDictionary(d => d.GetProperty("partnershipId").GetInt32());
        listed.Keys.ShouldNotContain(thirtyMonths);
        listed.Keys.ShouldContain(overThreeYears);
        listed[overThreeYears].GetProperty("dormancy").GetProperty("evidenceKorean").GetString()!.ShouldEndWith("(기준 36개월).");
    }
}

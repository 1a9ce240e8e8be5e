using System.Net;
using System.Net.Http.Json;
using Gyoryu.Web.Features.LocalGovernments;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.LocalGovernments;

/// <summary>The demo profiles from the two articles: 김포시's vision, criteria and team; the industries of 용인 and 포항.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class GovernmentProfileApiTests(DemoApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Gimpo_describes_its_waterway_city_vision_its_partner_criteria_and_its_new_team()
    {
        var gimpo = (await client.GetFromJsonAsync<GovernmentProfileItem>("/api/local-governments/41570/profile", GyoryuAppFactory.Json))!;

        gimpo.Vision.ShouldNotBeNull().ShouldContain("수로도시");
        var criteria = gimpo.PartnerCriteria.ShouldNotBeNull();
        criteria.ShouldContain("발전 방향과 목표");
        criteria.ShouldContain("보완적 역량");
        criteria.ShouldContain("경제 협력");
        gimpo.CooperationTeam.ShouldBe("대외협력팀");
        gimpo.CooperationTeamSince.ShouldBe("2024-01");
    }

    [Fact]
    public async Task Yongin_and_Pohang_name_their_industries()
    {
        var yongin = (await client.GetFromJsonAsync<GovernmentProfileItem>("/api/local-governments/41460/profile", GyoryuAppFactory.Json))!;
        var pohang = (await client.GetFromJsonAsync<GovernmentProfileItem>("/api/local-governments/47110/profile", GyoryuAppFactory.Json))!;

        yongin.KeyIndustries.ShouldBe("반도체");
        pohang.KeyIndustries.ShouldBe("철강, 이차전지, 수소연료전지, 바이오헬스");
    }

    [Fact]
    public async Task A_government_without_a_profile_answers_404()
    {
        using var response = await client.GetAsync("/api/local-governments/11110/profile");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_government_page_shows_the_profile_in_Korean()
    {
        var html = await client.GetStringAsync("/LocalGovernments/41570");

        html.ShouldContain("기관 개요");
        html.ShouldContain("명품 수로도시");
        html.ShouldContain("대외협력팀 (2024년 1월 신설)");
    }
}

using System.Net;
using System.Net.Http.Json;
using Gyoryu.Domain.Partners;
using Gyoryu.Web.Features.Discovery.Profiles;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Discovery.Profiles;

/// <summary>Reading the prefilled and demo profiles; nothing here writes.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class PlaceProfileReadTests(DemoApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_korean_governments_profile_shows_the_festivals_prefilled_from_the_festival_table()
    {
        // 보령시 (44180) hosts 25 festivals in festivals.csv, among them 무창포 신비의 바닷길 축제.
        using var officer = new Discovery.OfficerSession(app, "41570");

        var page = await officer.GetPageAsync("/Discovery/Profiles/KR-44180");
        var profile = (await client.GetFromJsonAsync<ProfileItem>("/api/places/KR-44180/profile", GyoryuAppFactory.Json))!;

        page.QuerySelector("#place-name")!.TextContent.ShouldBe("보령시");
        page.QuerySelectorAll("#profile-festivals li").Select(li => li.TextContent).ShouldContain("무창포 신비의 바닷길 축제");
        page.QuerySelector("#profile-specialties")!.TextContent.ShouldContain("천북굴");
        profile.Described.ShouldBeTrue();
        profile.Tier.ShouldBe(Tier.Basic);
        profile.Region.ShouldBe("충청남도");
        profile.Festivals.ShouldContain("무창포 신비의 바닷길 축제");
        profile.Population.ShouldNotBeNull().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Gimpos_profile_shows_its_industries_goals_and_existing_partners_in_Korean()
    {
        using var officer = new Discovery.OfficerSession(app, "41570");

        var page = await officer.GetPageAsync("/Discovery/Profiles/KR-41570");
        var profile = (await client.GetFromJsonAsync<ProfileItem>("/api/places/KR-41570/profile", GyoryuAppFactory.Json))!;

        page.QuerySelector("#profile-industries")!.TextContent.ShouldContain("수변·운하");
        page.QuerySelector("#profile-goal-tags")!.TextContent.ShouldContain("국제교류");
        page.QuerySelector("#profile-coastal")!.TextContent.ShouldBe("해안");
        page.QuerySelectorAll("#profile-partners tbody tr").Length.ShouldBeGreaterThanOrEqualTo(7);
        profile.Industries.ShouldBe(["LogisticsPort", "Agriculture", "Waterways"], ignoreOrder: true);
        profile.GoalTags.ShouldContain("Waterfront");
        profile.Coastal.ShouldBe(true);
        profile.Partners.ShouldContain(p => p.NameEn == "Heze");
    }

    [Fact]
    public async Task The_government_page_links_to_its_profile()
    {
        using var officer = new Discovery.OfficerSession(app, "41570");

        var page = await officer.GetPageAsync("/LocalGovernments/41570");

        page.QuerySelector("#place-profile-link")!.GetAttribute("href").ShouldBe("/Discovery/Profiles/KR-41570");
    }

    [Theory]
    [InlineData("/api/places/XX-1/profile")]
    [InlineData("/api/places/KR-99999/profile")]
    [InlineData("/api/places/FC-999999999/profile")]
    public async Task An_unknown_place_is_not_found(string url)
    {
        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

/// <summary>Editing profiles. Places: 순천 (KR-46150), 진주 (KR-48170), 김해 (KR-48250) and foreign cities nobody else edits.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class PlaceProfileEditTests(WritableApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task An_edit_through_the_api_round_trips_with_code_names()
    {
        var before = (await client.GetFromJsonAsync<ProfileItem>("/api/places/KR-46150/profile", GyoryuAppFactory.Json))!;

        using var response = await client.PutAsJsonAsync("/api/places/KR-46150/profile", new
        {
            industries = new[] { "Tourism", "Agriculture" },
            goalTags = new[] { "Environment", "CarbonNeutral" },
            goalText = "Eco-city around Suncheon Bay wetland",
            coastal = true,
            specialties = new[] { "꼬막", "매실" },
            festivals = new[] { "순천만 갈대축제", "순천만국가정원 봄꽃축제" },
            source = "순천시 누리집",
            version = before.Version,
        }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var after = (await client.GetFromJsonAsync<ProfileItem>("/api/places/KR-46150/profile", GyoryuAppFactory.Json))!;
        after.Industries.ShouldBe(["Agriculture", "Tourism"], ignoreOrder: true);
        after.GoalTags.ShouldBe(["CarbonNeutral", "Environment"], ignoreOrder: true);
        after.GoalText.ShouldBe("Eco-city around Suncheon Bay wetland");
        after.Coastal.ShouldBe(true);
        after.Specialties.ShouldBe(["꼬막", "매실"]);
        after.Festivals.ShouldBe(["순천만 갈대축제", "순천만국가정원 봄꽃축제"]);
        after.Version.ShouldBe(before.Version + 1);
        after.UpdatedBy.ShouldNotBe("reference-data");
    }

    [Fact]
    public async Task A_stale_edit_answers_409_and_changes_nothing()
    {
        var before = (await client.GetFromJsonAsync<ProfileItem>("/api/places/KR-48170/profile", GyoryuAppFactory.Json))!;
        using var first = await client.PutAsJsonAsync("/api/places/KR-48170/profile",
            new { industries = new[] { "Aerospace" }, goalText = "항공우주", version = before.Version }, GyoryuAppFactory.Json);
        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);

        using var stale = await client.PutAsJsonAsync("/api/places/KR-48170/profile",
            new { industries = new[] { "Textiles" }, goalText = "섬유", version = before.Version }, GyoryuAppFactory.Json);

        await stale.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await stale.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("이 프로필은");
        var now = (await client.GetFromJsonAsync<ProfileItem>("/api/places/KR-48170/profile", GyoryuAppFactory.Json))!;
        now.Industries.ShouldBe(["Aerospace"]);
        now.GoalText.ShouldBe("항공우주");
        now.Version.ShouldBe(before.Version + 1);
    }

    [Fact]
    public async Task An_unknown_industry_code_is_refused_naming_the_industries()
    {
        var before = (await client.GetFromJsonAsync<ProfileItem>("/api/places/KR-48250/profile", GyoryuAppFactory.Json))!;

        using var response = await client.PutAsJsonAsync("/api/places/KR-48250/profile",
            new { industries = new[] { "Tourism", "Mining" }, version = before.Version }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("industries")[0].GetString()!.ShouldContain("Mining");
    }

    [Fact]
    public async Task A_foreign_city_without_a_profile_gets_one_on_its_first_save()
    {
        var cityId = await client.ForeignCityIdAsync("Rotterdam", "NL");
        var key = $"FC-{cityId}";
        var empty = (await client.GetFromJsonAsync<ProfileItem>($"/api/places/{key}/profile", GyoryuAppFactory.Json))!;

        using var response = await client.PutAsJsonAsync($"/api/places/{key}/profile",
            new { industries = new[] { "LogisticsPort" }, goalTags = new[] { "Logistics", "Waterfront" }, coastal = true, version = 0 }, GyoryuAppFactory.Json);

        empty.Described.ShouldBeFalse();
        empty.Version.ShouldBe(0);
        empty.CountryCode.ShouldBe("NL");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var saved = (await response.Content.ReadFromJsonAsync<ProfileItem>(GyoryuAppFactory.Json))!;
        saved.Described.ShouldBeTrue();
        saved.Industries.ShouldBe(["LogisticsPort"]);
        saved.Coastal.ShouldBe(true);
    }

    [Fact]
    public async Task The_edit_page_saves_checkbox_groups_and_lines_and_the_profile_page_shows_them_in_Korean()
    {
        using var officer = new Discovery.OfficerSession(app, "41570");
        var cityId = await client.ForeignCityIdAsync("Antwerp", "BE");
        var edit = $"/Discovery/Profiles/Edit/FC-{cityId}";
        var form = await officer.GetPageAsync(edit);
        form.QuerySelector("#edit-note")!.TextContent.ShouldContain("모든 담당자가");

        using var saved = await officer.PostFormAsync(edit, edit,
            ("Form.Industries", "LogisticsPort"), ("Form.Industries", "Petrochemicals"), ("Form.GoalTags", "Logistics"),
            ("Form.GoalText", "유럽 제2의 항만"), ("Form.Coastal", "false"), ("Form.Specialties", "다이아몬드, 초콜릿"),
            ("Form.Festivals", "Antwerp Pride\r\nSummer of Antwerp\r\n"), ("Form.Source", "시 누리집"), ("Form.Version", "0"));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.ShouldBe($"/Discovery/Profiles/FC-{cityId}");
        var page = await officer.GetPageAsync($"/Discovery/Profiles/FC-{cityId}");
        page.QuerySelector("#profile-industries")!.TextContent.ShouldBe("석유화학, 물류·항만");
        page.QuerySelector("#profile-goal-tags")!.TextContent.ShouldBe("물류");
        page.QuerySelector("#profile-coastal")!.TextContent.ShouldBe("내륙");
        page.QuerySelectorAll("#profile-festivals li").Select(li => li.TextContent).ShouldBe(["Antwerp Pride", "Summer of Antwerp"]);
        page.QuerySelector("#profile-specialties")!.TextContent.ShouldBe("다이아몬드, 초콜릿");
    }

    [Fact]
    public async Task A_stale_save_on_the_edit_page_answers_409_and_keeps_what_was_typed()
    {
        using var officer = new Discovery.OfficerSession(app, "41570");
        var cityId = await client.ForeignCityIdAsync("Gothenburg", "SE");
        var edit = $"/Discovery/Profiles/Edit/FC-{cityId}";
        using var first = await officer.PostFormAsync(edit, edit, ("Form.GoalText", "첫 저장"), ("Form.Version", "0"));

        using var stale = await officer.PostFormAsync(edit, edit, ("Form.GoalText", "늦은 저장"), ("Form.Version", "0"));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await Discovery.OfficerSession.HtmlAsync(stale);
        page.QuerySelector("#page-error")!.TextContent.ShouldContain("아무것도 덮어쓰지 않았습니다");
        page.QuerySelector("#form-goal-text")!.TextContent.ShouldBe("늦은 저장");
        (await client.GetFromJsonAsync<ProfileItem>($"/api/places/FC-{cityId}/profile", GyoryuAppFactory.Json))!.GoalText.ShouldBe("첫 저장");
    }
}

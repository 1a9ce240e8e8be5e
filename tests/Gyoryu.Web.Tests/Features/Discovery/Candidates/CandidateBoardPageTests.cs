using System.Net;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Discovery.Candidates;

/// <summary>
/// The board page and its form handlers, including the <c>?handler=Add</c> contract other pages post to.
/// Owners: 원주 (51130), 강릉 (51150), 동해 (51170), 태백 (51190), 삼척 (51230).
/// </summary>
[Collection(WritableAppCollection.Name)]
public sealed class CandidateBoardPageTests(WritableApp app)
{
    private const string Board = "/Discovery/Candidates";
    private const string AddAction = "/Discovery/Candidates?handler=Add";

    [Fact]
    public async Task Adding_through_the_form_contract_redirects_to_the_return_url_and_keeps_every_field()
    {
        using var officer = new OfficerSession(app, "51130");
        var porto = await officer.Api.ForeignCityIdAsync("Porto", "PT");

        using var response = await officer.PostFormAsync(Board, AddAction,
            ("Add.PlaceKey", $"FC-{porto}"), ("Add.Source", "Recommendation"), ("Add.PreferredFields", "Tourism"), ("Add.PreferredFields", "Economy"),
            ("Add.Notes", "와인·관광 교류"), ("Add.RecommendationReason", "관광 목표 일치, 항구 도시"), ("Add.RecommendationScore", "0.75"),
            ("returnUrl", "/Discovery/Recommendations?region=EU"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Discovery/Recommendations?region=EU");
        var added = (await officer.CandidatesAsync("51130")).ShouldHaveSingleItem();
        added.PlaceKey.ShouldBe($"FC-{porto}");
        added.NameEn.ShouldBe("Porto");
        added.CountryCode.ShouldBe("PT");
        added.Source.ShouldBe(CandidateSource.Recommendation);
        added.PreferredFields.ShouldBe(["Economy", "Tourism"], ignoreOrder: true);
        added.Notes.ShouldBe("와인·관광 교류");
        added.RecommendationReason.ShouldBe("관광 목표 일치, 항구 도시");
        added.RecommendationScore.ShouldBe(0.75);
        added.Status.ShouldBe(CandidateStatus.Considering);
        added.CreatedBy.ShouldBe(GyoryuAppFactory.AdministratorDisplayName);
    }

    [Fact]
    public async Task Adding_from_the_board_lands_back_on_the_board_with_a_Korean_message_and_the_candidate_listed()
    {
        using var officer = new OfficerSession(app, "51150");
        var gdansk = await officer.Api.ForeignCityIdAsync("Gdańsk", "PL");

        using var response = await officer.PostFormAsync(Board, AddAction,
            ("Add.PlaceKey", $"FC-{gdansk}"), ("Add.Source", "Forum"), ("Add.PreferredFields", "CultureArts"), ("Add.Notes", "항구도시 포럼"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(Board);
        var board = await officer.GetPageAsync(Board);
        board.QuerySelector(".gy-status-message")!.TextContent.ShouldContain("후보 목록에 추가했습니다.");
        var row = board.QuerySelector($"#open-candidates [data-place-key='FC-{gdansk}']").ShouldNotBeNull();
        row.QuerySelector(".gy-candidate-source")!.TextContent.ShouldBe("포럼·회의");
        row.QuerySelector(".gy-candidate-fields")!.TextContent.ShouldBe("문화예술");
        row.TextContent.ShouldContain("항구도시 포럼");
        row.QuerySelector($"a[href='/Discovery/Profiles/FC-{gdansk}']").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("https://evil.example/phish", "KR-44130")]
    [InlineData("//evil.example/phish", "KR-44150")]
    [InlineData("/\\evil.example", "KR-48170")]
    public async Task An_external_return_url_is_not_followed(string returnUrl, string place)
    {
        using var officer = new OfficerSession(app, "51170");

        using var response = await officer.PostFormAsync(Board, AddAction, ("Add.PlaceKey", place), ("Add.Source", "Referral"), ("returnUrl", returnUrl));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(Board);
        (await officer.CandidatesAsync("51170")).ShouldContain(c => c.PlaceKey == place);
    }

    [Fact]
    public async Task A_place_already_open_on_the_board_is_not_added_twice()
    {
        using var officer = new OfficerSession(app, "51190");
        var bergen = await officer.Api.ForeignCityIdAsync("Bergen", "NO");
        (string, string)[] fields = [("Add.PlaceKey", $"FC-{bergen}"), ("Add.Source", "PartnerRequest"), ("returnUrl", "/Discovery/Recommendations")];
        using var first = await officer.PostFormAsync(Board, AddAction, fields);

        using var second = await officer.PostFormAsync(Board, AddAction, fields);

        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location!.OriginalString.ShouldBe("/Discovery/Recommendations");
        (await officer.CandidatesAsync("51190")).Count(c => c.PlaceKey == $"FC-{bergen}").ShouldBe(1);
        (await officer.GetPageAsync(Board)).QuerySelector(".gy-status-message")!.TextContent.ShouldContain("이미 후보 목록에 있습니다");
    }

    [Fact]
    public async Task An_add_without_place_or_source_shows_Korean_errors_beside_the_fields_and_adds_nothing()
    {
        using var officer = new OfficerSession(app, "51230");

        using var response = await officer.PostFormAsync(Board, AddAction, ("Add.Notes", "이름 없는 후보"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await OfficerSession.HtmlAsync(response);
        page.QuerySelector("#source-error")!.TextContent.ShouldBe("후보가 된 경로를 선택하세요.");
        page.QuerySelector("#add-notes")!.TextContent.ShouldBe("이름 없는 후보");
        (await officer.CandidatesAsync("51230")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_place_that_is_not_a_place_is_refused_naming_the_place()
    {
        using var officer = new OfficerSession(app, "51230");

        using var response = await officer.PostFormAsync(Board, AddAction, ("Add.PlaceKey", "FC-999999999"), ("Add.Source", "Other"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OfficerSession.HtmlAsync(response)).QuerySelector("#place-error")!.TextContent.ShouldBe("해외 도시를 찾을 수 없습니다.");
    }

    [Fact]
    public async Task The_place_picker_finds_Korean_governments_and_foreign_cities_but_not_the_officers_own_government()
    {
        using var officer = new OfficerSession(app, "51150");

        var page = await officer.GetPageAsync(Board + "?find=" + Uri.EscapeDataString("강릉"));
        var cities = await officer.GetPageAsync(Board + "?find=Sevilla");

        page.QuerySelectorAll("input[name='Add.PlaceKey']").Select(i => i.GetAttribute("value")).ShouldNotContain("KR-51150");
        cities.QuerySelectorAll("input[name='Add.PlaceKey']").Select(i => i.GetAttribute("value")).ShouldAllBe(v => v!.StartsWith("FC-"));
        cities.QuerySelectorAll("input[name='Add.PlaceKey']").ShouldNotBeEmpty();
        (await officer.GetPageAsync(Board + "?find=" + Uri.EscapeDataString("울릉"))).QuerySelector("input[value='KR-47940']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Dropping_keeps_the_candidate_greyed_out_with_its_reason()
    {
        using var officer = new OfficerSession(app, "51130");
        var krakow = await officer.Api.ForeignCityIdAsync("Kraków", "PL");
        using var added = await officer.PostFormAsync(Board, AddAction, ("Add.PlaceKey", $"FC-{krakow}"), ("Add.Source", "Referral"));
        var candidate = (await officer.CandidatesAsync("51130")).Single(c => c.PlaceKey == $"FC-{krakow}");

        using var refused = await officer.PostFormAsync(Board, $"{Board}?handler=Drop&id={candidate.Id}", ("Drop.Version", candidate.Version.ToString()));
        using var dropped = await officer.PostFormAsync(Board, $"{Board}?handler=Drop&id={candidate.Id}",
            ("Drop.Version", candidate.Version.ToString()), ("Drop.Reason", "대사관 소개였으나 상대 측 관심 없음"));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OfficerSession.HtmlAsync(refused)).QuerySelector($"#drop-{candidate.Id}-reason-error")!.TextContent.ShouldBe("제외 사유를 입력하세요.");
        dropped.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var now = (await officer.CandidatesAsync("51130")).Single(c => c.Id == candidate.Id);
        now.Status.ShouldBe(CandidateStatus.Dropped);
        now.Notes.ShouldBe("대사관 소개였으나 상대 측 관심 없음");
        var board = await officer.GetPageAsync(Board);
        board.QuerySelector($"#closed-candidates #candidate-{candidate.Id}")!.TextContent.ShouldContain("검토 제외");
        board.QuerySelector($"#open-candidates #candidate-{candidate.Id}").ShouldBeNull();
    }

    [Fact]
    public async Task Taking_forward_creates_a_candidate_stage_partnership_with_its_timeline_entry_and_promotes_the_candidate()
    {
        using var officer = new OfficerSession(app, "51150");
        var valencia = await officer.Api.ForeignCityIdAsync("Valencia", "ES");
        using var added = await officer.PostFormAsync(Board, AddAction,
            ("Add.PlaceKey", $"FC-{valencia}"), ("Add.Source", "Forum"), ("Add.PreferredFields", "Tourism"), ("Add.Notes", "해양관광 포럼에서 만남"));
        var candidate = (await officer.CandidatesAsync("51150")).Single(c => c.PlaceKey == $"FC-{valencia}");

        using var response = await officer.PostFormAsync(Board, $"{Board}?handler=TakeForward&id={candidate.Id}",
            ("TakeForward.Type", "Friendship"), ("TakeForward.Version", candidate.Version.ToString()));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldStartWith("/Partnerships/");
        var partnership = await officer.Api.GetPartnershipAsync(int.Parse(location["/Partnerships/".Length..]));
        partnership.Summary.Status.ShouldBe(PartnershipStatus.Candidate);
        partnership.Summary.Type.ShouldBe(PartnershipType.Friendship);
        partnership.Summary.PartnerNameEn.ShouldBe("Valencia");
        partnership.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineKind.CandidateRegistered);
        partnership.Motive.ShouldBe("해양관광 포럼에서 만남");
        var promoted = (await officer.CandidatesAsync("51150")).Single(c => c.Id == candidate.Id);
        promoted.Status.ShouldBe(CandidateStatus.Promoted);
        promoted.PartnershipId.ShouldBe(partnership.Summary.Id);
        (await officer.GetPageAsync(Board)).QuerySelector($"#candidate-{candidate.Id} a[href='{location}']").ShouldNotBeNull();
        (await officer.GetPageAsync(location)).QuerySelector("#partnership-status")!.TextContent.ShouldBe("후보");
        var editPage = await officer.GetPageAsync($"/Discovery/Candidates/Edit/{candidate.Id}");
        editPage.QuerySelector("#candidate-closed")!.TextContent.ShouldContain("교류 추진으로 넘어간 후보는 더 이상 고칠 수 없습니다.");
        editPage.QuerySelector("#candidate-closed a")!.GetAttribute("href").ShouldBe(location);
        editPage.QuerySelector("main form[method='post']").ShouldBeNull();
    }

    [Fact]
    public async Task Taking_forward_a_place_that_already_has_a_live_partnership_is_refused_and_writes_nothing()
    {
        using var officer = new OfficerSession(app, "51170");
        var existing = await officer.Api.CreateExistingAsync("51170", "Tampere", "FI", "SisterCity", "2012");
        var tampere = await officer.Api.ForeignCityIdAsync("Tampere", "FI");
        using var added = await officer.PostFormAsync(Board, AddAction, ("Add.PlaceKey", $"FC-{tampere}"), ("Add.Source", "Other"));
        var candidate = (await officer.CandidatesAsync("51170")).Single(c => c.PlaceKey == $"FC-{tampere}");
        var partnershipsBefore = (await officer.Api.ListAsync("/api/local-governments/51170/partnerships")).Total;

        using var response = await officer.PostFormAsync(Board, $"{Board}?handler=TakeForward&id={candidate.Id}",
            ("TakeForward.Type", "SisterCity"), ("TakeForward.Version", candidate.Version.ToString()));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OfficerSession.HtmlAsync(response)).QuerySelector($"#take-forward-{candidate.Id}-error")!.TextContent
            .ShouldBe("이 상대와는 이미 진행 중인 교류 관계가 있습니다. 기존 관계를 이어서 기록하세요.");
        var after = (await officer.CandidatesAsync("51170")).Single(c => c.Id == candidate.Id);
        after.Status.ShouldBe(CandidateStatus.Considering);
        after.Version.ShouldBe(candidate.Version);
        after.PartnershipId.ShouldBeNull();
        (await officer.Api.ListAsync("/api/local-governments/51170/partnerships")).Total.ShouldBe(partnershipsBefore);
        (await officer.Api.GetPartnershipAsync(existing.Summary.Id)).Version.ShouldBe(existing.Version);
    }

    [Fact]
    public async Task Revising_on_the_edit_page_with_a_stale_version_answers_409_and_keeps_what_was_typed()
    {
        using var officer = new OfficerSession(app, "51190");
        var aarhus = await officer.Api.ForeignCityIdAsync("Aarhus", "DK");
        using var added = await officer.PostFormAsync(Board, AddAction, ("Add.PlaceKey", $"FC-{aarhus}"), ("Add.Source", "Forum"), ("Add.Notes", "처음 메모"));
        var candidate = (await officer.CandidatesAsync("51190")).Single(c => c.PlaceKey == $"FC-{aarhus}");
        var edit = $"/Discovery/Candidates/Edit/{candidate.Id}";
        using var saved = await officer.PostFormAsync(edit, edit,
            ("Form.Source", "Referral"), ("Form.PreferredFields", "Education"), ("Form.Notes", "두 번째 메모"), ("Form.Version", candidate.Version.ToString()));

        using var stale = await officer.PostFormAsync(edit, edit,
            ("Form.Source", "Other"), ("Form.Notes", "늦게 온 메모"), ("Form.Version", candidate.Version.ToString()));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await OfficerSession.HtmlAsync(stale);
        page.QuerySelector("#page-error")!.TextContent.ShouldContain("아무것도 덮어쓰지 않았습니다");
        page.QuerySelector("#form-notes")!.TextContent.ShouldBe("늦게 온 메모");
        var now = (await officer.CandidatesAsync("51190")).Single(c => c.Id == candidate.Id);
        now.Notes.ShouldBe("두 번째 메모");
        now.Source.ShouldBe(CandidateSource.Referral);
        now.PreferredFields.ShouldBe(["Education"]);
    }

    [Fact]
    public async Task The_board_lists_open_candidates_first_and_filters_by_status_and_source()
    {
        using var officer = new OfficerSession(app, "51230");
        var graz = await officer.Api.ForeignCityIdAsync("Graz", "AT");
        var brno = await officer.Api.ForeignCityIdAsync("Brno", "CZ");
        using var a = await officer.PostFormAsync(Board, AddAction, ("Add.PlaceKey", $"FC-{graz}"), ("Add.Source", "Forum"));
        using var b = await officer.PostFormAsync(Board, AddAction, ("Add.PlaceKey", $"FC-{brno}"), ("Add.Source", "Referral"));
        var grazCandidate = (await officer.CandidatesAsync("51230")).Single(c => c.PlaceKey == $"FC-{graz}");
        using var dropped = await officer.PostFormAsync(Board, $"{Board}?handler=Drop&id={grazCandidate.Id}",
            ("Drop.Version", grazCandidate.Version.ToString()), ("Drop.Reason", "예산"));

        var all = await officer.CandidatesAsync("51230");
        var onlyDropped = await officer.GetPageAsync(Board + "?status=Dropped");
        var onlyReferrals = await officer.GetPageAsync(Board + "?source=Referral");

        all.Select(c => c.Status).ShouldBe(all.Select(c => c.Status).OrderBy(s => s == CandidateStatus.Considering ? 0 : s == CandidateStatus.Promoted ? 1 : 2));
        onlyDropped.QuerySelector("#open-count")!.TextContent.ShouldBe("0");
        onlyDropped.QuerySelector($"#candidate-{grazCandidate.Id}").ShouldNotBeNull();
        onlyReferrals.QuerySelector($"#candidate-{grazCandidate.Id}").ShouldBeNull();
        onlyReferrals.QuerySelector($"[data-place-key='FC-{brno}']").ShouldNotBeNull();
    }
}

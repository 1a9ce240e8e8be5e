using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Discovery.Candidates;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Discovery.Candidates;

/// <summary>/api/local-governments/{code}/candidates. Owners: 충주 (43130), 제천 (43150), 천안 (44130), 여수 (46130).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class CandidatesApiTests(WritableApp app)
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<CandidateItem> AddAsync(string owner, string city, string country, string source = "Forum", string[]? fields = null, string? notes = null)
    {
        var id = await client.ForeignCityIdAsync(city, country);
        using var response = await client.PostAsJsonAsync($"/api/local-governments/{owner}/candidates",
            new { placeKey = $"FC-{id}", source, preferredFields = fields ?? ["Tourism"], notes }, GyoryuAppFactory.Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var item = (await response.Content.ReadFromJsonAsync<CandidateItem>(GyoryuAppFactory.Json))!;
        response.Headers.Location!.OriginalString.ShouldBe($"/api/local-governments/{owner}/candidates/{item.Id}");
        return item;
    }

    [Fact]
    public async Task Adding_answers_201_with_the_candidate_and_it_is_listed()
    {
        var added = await AddAsync("43130", "Cork", "IE", "PartnerRequest", ["Education", "Youth"], "코크시가 청소년 교류를 요청");

        added.Source.ShouldBe(CandidateSource.PartnerRequest);
        added.PreferredFields.ShouldBe(["Education", "Youth"], ignoreOrder: true);
        added.NameEn.ShouldBe("Cork");
        added.Version.ShouldBe(0);
        var list = await client.GetFromJsonAsync<List<CandidateItem>>("/api/local-governments/43130/candidates?status=Considering", GyoryuAppFactory.Json);
        list!.ShouldContain(c => c.Id == added.Id);
    }

    [Fact]
    public async Task An_add_without_place_and_source_lists_both_invalid_fields_in_Korean()
    {
        using var response = await client.PostAsJsonAsync("/api/local-governments/43130/candidates", new { notes = "?" }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        errors.GetProperty("placeKey")[0].GetString().ShouldBe("후보 도시를 선택하세요.");
        errors.GetProperty("source")[0].GetString().ShouldBe("후보가 된 경로를 선택하세요.");
    }

    [Fact]
    public async Task An_unknown_exchange_field_is_refused_naming_the_field()
    {
        var id = await client.ForeignCityIdAsync("Geelong", "AU");

        using var response = await client.PostAsJsonAsync("/api/local-governments/43130/candidates",
            new { placeKey = $"FC-{id}", source = "Forum", preferredFields = new[] { "Cooking" } }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("preferredFields")[0].GetString()!.ShouldContain("Cooking");
    }

    [Fact]
    public async Task A_duplicate_open_candidate_is_refused_with_its_rule()
    {
        var first = await AddAsync("43150", "Cebu City", "PH");

        using var response = await client.PostAsJsonAsync("/api/local-governments/43150/candidates",
            new { placeKey = first.PlaceKey, source = "Referral" }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("rule").GetString().ShouldBe("candidate.duplicate");
        problem.GetProperty("errors").GetProperty("placeKey")[0].GetString()!.ShouldContain("이미 후보 목록에 있습니다");
    }

    [Fact]
    public async Task Revising_with_a_stale_version_answers_409_and_nothing_changes()
    {
        var added = await AddAsync("43150", "Brno", "CZ", notes: "첫 메모");
        using var revised = await client.PutAsJsonAsync($"/api/local-governments/43150/candidates/{added.Id}",
            new { source = "Referral", preferredFields = new[] { "Economy" }, notes = "고친 메모", version = added.Version }, GyoryuAppFactory.Json);
        await revised.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var current = (await revised.Content.ReadFromJsonAsync<CandidateItem>(GyoryuAppFactory.Json))!;

        using var stale = await client.PutAsJsonAsync($"/api/local-governments/43150/candidates/{added.Id}",
            new { source = "Other", notes = "늦은 메모", version = added.Version }, GyoryuAppFactory.Json);

        current.Version.ShouldBe(added.Version + 1);
        await stale.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        var problem = await stale.ProblemAsync();
        problem.GetProperty("title").GetString().ShouldBe("다른 사용자가 먼저 저장했습니다.");
        problem.GetProperty("detail").GetString()!.ShouldContain("이 후보는");
        var now = await client.GetFromJsonAsync<CandidateItem>($"/api/local-governments/43150/candidates/{added.Id}", GyoryuAppFactory.Json);
        now!.Notes.ShouldBe("고친 메모");
        now.Source.ShouldBe(CandidateSource.Referral);
        now.Version.ShouldBe(current.Version);
    }

    [Fact]
    public async Task Dropping_without_a_reason_names_the_reason_and_with_one_moves_the_candidate_to_dropped()
    {
        var added = await AddAsync("44130", "Sevilla", "ES");

        using var refused = await client.PostAsJsonAsync($"/api/local-governments/44130/candidates/{added.Id}/drop", new { version = added.Version }, GyoryuAppFactory.Json);
        using var dropped = await client.PostAsJsonAsync($"/api/local-governments/44130/candidates/{added.Id}/drop",
            new { reason = "상대 측 회신 없음", version = added.Version }, GyoryuAppFactory.Json);

        await refused.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await refused.ProblemAsync()).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe("제외 사유를 입력하세요.");
        await dropped.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await dropped.Content.ReadFromJsonAsync<CandidateItem>(GyoryuAppFactory.Json))!.Status.ShouldBe(CandidateStatus.Dropped);
    }

    [Fact]
    public async Task Taking_forward_answers_201_with_the_partnership_location()
    {
        var added = await AddAsync("44130", "Lisbon", "PT", fields: ["Tourism", "CultureArts"], notes: "리스본 해양 교류");

        using var response = await client.PostAsJsonAsync($"/api/local-governments/44130/candidates/{added.Id}/take-forward",
            new { type = "ExchangeMou", version = added.Version }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var partnership = (await response.Content.ReadFromJsonAsync<PartnershipDetail>(GyoryuAppFactory.Json))!;
        response.Headers.Location!.OriginalString.ShouldBe($"/api/partnerships/{partnership.Summary.Id}");
        partnership.Summary.Status.ShouldBe(PartnershipStatus.Candidate);
        partnership.Summary.Type.ShouldBe(PartnershipType.ExchangeMou);
        partnership.Summary.Fields.ShouldBe(["CultureArts", "Tourism"], ignoreOrder: true);
        partnership.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineKind.CandidateRegistered);
        var candidate = await client.GetFromJsonAsync<CandidateItem>($"/api/local-governments/44130/candidates/{added.Id}", GyoryuAppFactory.Json);
        candidate!.Status.ShouldBe(CandidateStatus.Promoted);
        candidate.PartnershipId.ShouldBe(partnership.Summary.Id);
    }

    [Fact]
    public async Task Taking_forward_when_a_live_partnership_exists_is_refused_with_the_one_live_partnership_message()
    {
        await client.CreateCandidateAsync("46130", "Dubrovnik", "HR");
        var added = await AddAsync("46130", "Dubrovnik", "HR");

        using var response = await client.PostAsJsonAsync($"/api/local-governments/46130/candidates/{added.Id}/take-forward",
            new { type = "Friendship", version = added.Version }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("rule").GetString().ShouldBe("partnership.duplicate");
        problem.GetProperty("detail").GetString()!.ShouldContain("이미 진행 중인 교류 관계");
        (await client.ListAsync("/api/local-governments/46130/partnerships")).Items.Count(p => p.PartnerNameEn == "Dubrovnik").ShouldBe(1);
        var candidate = await client.GetFromJsonAsync<CandidateItem>($"/api/local-governments/46130/candidates/{added.Id}", GyoryuAppFactory.Json);
        candidate!.Status.ShouldBe(CandidateStatus.Considering);
        candidate.Version.ShouldBe(added.Version);
    }

    [Fact]
    public async Task Another_governments_candidate_is_not_found()
    {
        var added = await AddAsync("46130", "Kotor", "ME");

        using var response = await client.PostAsJsonAsync($"/api/local-governments/43130/candidates/{added.Id}/drop",
            new { reason = "남의 후보", version = added.Version }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_board_of_an_unknown_government_is_not_found()
    {
        using var response = await client.GetAsync("/api/local-governments/99999/candidates");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task English_callers_get_English_problems()
    {
        using var english = app.CreateClient("en-US");

        using var response = await english.PostAsJsonAsync("/api/local-governments/43130/candidates", new { placeKey = "XX-1", source = "Forum" }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").GetProperty("placeKey")[0].GetString().ShouldBe("Choose the place from the list.");
        problem.GetProperty("title").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task The_board_and_profile_endpoints_are_in_the_OpenAPI_document()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        paths.GetProperty("/api/local-governments/{code}/candidates").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/local-governments/{code}/candidates/{id}").TryGetProperty("put", out _).ShouldBeTrue();
        paths.GetProperty("/api/local-governments/{code}/candidates/{id}/drop").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/local-governments/{code}/candidates/{id}/take-forward").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/places/{placeKey}/profile").TryGetProperty("put", out _).ShouldBeTrue();
    }
}

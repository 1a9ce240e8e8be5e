using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Partnerships;

/// <summary>What the API refuses, and how it says so: 400 naming fields, 409 for a stale version, 422 naming the rule.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class RefusedChangesApiTests(WritableApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Signing_before_any_working_meeting_is_refused_with_the_rule_and_a_Korean_message()
    {
        var candidate = await client.CreateCandidateAsync("26230", "Nagoya", "JP");

        using var response = await client.StepAsync(candidate.Summary.Id, "agreement", new { version = candidate.Version, type = "Friendship", signedOn = "2024-04-01" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(422);
        problem.GetProperty("rule").GetString().ShouldBe("partnership.sign.status");
        problem.GetProperty("title").GetString().ShouldBe("요청한 작업을 할 수 없습니다.");
        problem.GetProperty("detail").GetString().ShouldBe("협약을 체결하기 전에 실무협의를 먼저 기록하세요.");
        (await client.GetPartnershipAsync(candidate.Summary.Id)).Summary.Status.ShouldBe(PartnershipStatus.Candidate);
    }

    [Fact]
    public async Task A_sister_city_agreement_without_a_council_resolution_is_refused()
    {
        var candidate = await client.CreateCandidateAsync("26230", "Sapporo", "JP");
        var negotiating = await client.StepOkAsync(candidate.Summary.Id, "working-meetings",
            new { version = candidate.Version, heldOn = "2024-02-01", place = "삿포로시청", attendees = "부산진구 대표단" });

        using var response = await client.StepAsync(candidate.Summary.Id, "agreement", new { version = negotiating.Version, type = "SisterCity", signedOn = "2024-04-01" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ProblemAsync();
        problem.GetProperty("rule").GetString().ShouldBe("partnership.sign.council-approval-required");
        problem.GetProperty("detail").GetString()!.ShouldContain("의회 의결");
    }

    [Fact]
    public async Task Reactivating_a_partnership_that_is_not_dormant_is_refused()
    {
        var existing = await client.CreateExistingAsync("26230", "Sendai", "JP", "SisterCity", "2010");

        using var response = await client.StepAsync(existing.Summary.Id, "reactivation", new { version = existing.Version, on = "2024-01-01" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        (await response.ProblemAsync()).GetProperty("rule").GetString().ShouldBe("partnership.reactivate.status");
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_409_and_nothing_changes()
    {
        var candidate = await client.CreateCandidateAsync("26260", "Kaohsiung", "TW");
        var exploring = await client.StepOkAsync(candidate.Summary.Id, "information-gathering", new { version = candidate.Version, on = "2024-01-10" });

        // A second officer still holds the page they opened before the step above.
        using var response = await client.StepAsync(candidate.Summary.Id, "working-meetings",
            new { version = candidate.Version, heldOn = "2024-02-01", place = "가오슝", attendees = "동래구" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        var problem = await response.ProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(409);
        problem.GetProperty("title").GetString().ShouldBe("다른 사용자가 먼저 저장했습니다.");
        problem.GetProperty("detail").GetString()!.ShouldContain("아무것도 덮어쓰지 않았습니다");
        var now = await client.GetPartnershipAsync(candidate.Summary.Id);
        now.Version.ShouldBe(exploring.Version);
        now.Summary.Status.ShouldBe(PartnershipStatus.Exploring);
        now.Meetings.ShouldBeEmpty();
        now.Timeline.Count.ShouldBe(exploring.Timeline.Count);
    }

    [Fact]
    public async Task A_version_from_the_future_is_stale_too()
    {
        var candidate = await client.CreateCandidateAsync("26260", "Taichung", "TW");

        using var response = await client.StepAsync(candidate.Summary.Id, "information-gathering", new { version = candidate.Version + 5, on = "2024-01-10" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await client.GetPartnershipAsync(candidate.Summary.Id)).Version.ShouldBe(candidate.Version);
    }

    [Fact]
    public async Task A_working_meeting_without_place_or_attendees_is_refused_naming_both_fields()
    {
        var candidate = await client.CreateCandidateAsync("26290", "Vladivostok", "RU");

        using var response = await client.StepAsync(candidate.Summary.Id, "working-meetings", new { version = candidate.Version, heldOn = "2024-02-01" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        errors.GetProperty("place")[0].GetString().ShouldBe("회의 장소를 입력하세요.");
        errors.GetProperty("attendees")[0].GetString().ShouldBe("참석자를 입력하세요.");
        ErrorFields(errors).ShouldBe(["attendees", "place"], ignoreOrder: true);
        (await client.GetPartnershipAsync(candidate.Summary.Id)).Version.ShouldBe(candidate.Version);
    }

    [Fact]
    public async Task A_step_without_its_version_is_refused_naming_the_version()
    {
        var candidate = await client.CreateCandidateAsync("26290", "Khabarovsk", "RU");

        using var response = await client.StepAsync(candidate.Summary.Id, "information-gathering", new { on = "2024-01-10" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        ErrorFields((await response.ProblemAsync()).GetProperty("errors")).ShouldContain("version");
    }

    [Fact]
    public async Task An_impossible_partial_date_is_refused_naming_the_field()
    {
        var candidate = await client.CreateCandidateAsync("26290", "Irkutsk", "RU");

        using var response = await client.StepAsync(candidate.Summary.Id, "working-meetings",
            new { version = candidate.Version, heldOn = "2024-13-01", place = "이르쿠츠크", attendees = "남구 대표단" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        ErrorFields((await response.ProblemAsync()).GetProperty("errors")).ShouldBe(["heldOn"]);
    }

    [Fact]
    public async Task An_impossible_date_in_a_date_field_is_refused_naming_the_field()
    {
        var candidate = await client.CreateCandidateAsync("26290", "Novosibirsk", "RU");

        using var response = await client.StepAsync(candidate.Summary.Id, "information-gathering", new { version = candidate.Version, on = "2024-13-01" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.TryGetProperty("errors", out var errors).ShouldBeTrue($"no errors in {problem}");
        ErrorFields(errors).ShouldBe(["on"]);
    }

    [Fact]
    public async Task An_unknown_agreement_type_is_refused_naming_the_field()
    {
        var candidate = await client.CreateCandidateAsync("26290", "Yekaterinburg", "RU");
        var negotiating = await client.StepOkAsync(candidate.Summary.Id, "working-meetings",
            new { version = candidate.Version, heldOn = "2024-02-01", place = "예카테린부르크", attendees = "남구 대표단" });

        using var response = await client.StepAsync(candidate.Summary.Id, "council-approvals",
            new { version = negotiating.Version, approvedOn = "2024-03-01", forType = "Sister" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.TryGetProperty("errors", out var errors).ShouldBeTrue($"no errors in {problem}");
        ErrorFields(errors).ShouldBe(["forType"]);
        (await client.GetPartnershipAsync(candidate.Summary.Id)).Version.ShouldBe(negotiating.Version);
    }

    [Fact]
    public async Task A_new_partnership_of_an_unknown_type_is_refused_naming_the_field()
    {
        var cityId = await client.ForeignCityIdAsync("Kazan", "RU");

        using var response = await client.PostAsJsonAsync("/api/local-governments/26290/partnerships", new { partnerForeignCityId = cityId, type = "Twin" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.TryGetProperty("errors", out var errors).ShouldBeTrue($"no errors in {problem}");
        ErrorFields(errors).ShouldBe(["type"]);
    }

    [Fact]
    public async Task A_new_partnership_with_overlong_texts_is_refused_naming_each_field_and_nothing_is_saved()
    {
        var cityId = await client.ForeignCityIdAsync("Kazan", "RU");

        using var response = await client.PostAsJsonAsync("/api/local-governments/26350/partnerships", new
        {
            partnerForeignCityId = cityId,
            type = "SisterCity",
            existingAgreement = true,
            motive = new string('가', 4001),
            dateBasis = new string('나', 201),
            history = new string('다', 8001),
        }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        ErrorFields(errors).ShouldBe(["dateBasis", "history", "motive"], ignoreOrder: true);
        errors.GetProperty("dateBasis")[0].GetString().ShouldBe("체결일 근거는 200자 이하로 입력하세요.");
        (await client.ListAsync("/api/local-governments/26350/partnerships")).Items.ShouldNotContain(p => p.PartnerNameEn == "Kazan");
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_refused_with_400()
    {
        var candidate = await client.CreateCandidateAsync("26290", "Omsk", "RU");

        using var response = await client.PostAsync($"/api/partnerships/{candidate.Summary.Id}/information-gathering",
            new StringContent("{ not json", Encoding.UTF8, "application/json"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(400);
    }

    [Fact]
    public async Task A_second_live_tie_with_the_same_partner_is_refused_naming_the_partner()
    {
        // 김포시-울릉군 is in talks in the demo data.
        using var again = await client.PostAsJsonAsync("/api/local-governments/41570/partnerships",
            new { partnerLocalGovernmentCode = "47940", type = "SisterCity" }, GyoryuAppFactory.Json);

        await again.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await again.ProblemAsync();
        problem.GetProperty("rule").GetString().ShouldBe("partnership.duplicate");
        problem.GetProperty("errors").GetProperty("partner")[0].GetString()!.ShouldContain("이미 진행 중인 교류 관계");
    }

    [Fact]
    public async Task A_domestic_tie_registered_by_the_other_side_is_the_same_tie()
    {
        using var fromUlleung = await client.PostAsJsonAsync("/api/local-governments/47940/partnerships",
            new { partnerLocalGovernmentCode = "41570", type = "Friendship" }, GyoryuAppFactory.Json);

        await fromUlleung.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await fromUlleung.ProblemAsync()).GetProperty("rule").GetString().ShouldBe("partnership.duplicate");
    }

    [Fact]
    public async Task A_government_cannot_partner_with_itself()
    {
        using var response = await client.PostAsJsonAsync("/api/local-governments/26320/partnerships",
            new { partnerLocalGovernmentCode = "26320", type = "SisterCity" }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("rule").GetString().ShouldBe("partnership.partner.self");
        ErrorFields(problem.GetProperty("errors")).ShouldBe(["partner"]);
    }

    [Fact]
    public async Task A_partnership_needs_a_partner()
    {
        using var response = await client.PostAsJsonAsync("/api/local-governments/26320/partnerships", new { type = "SisterCity" }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("rule").GetString().ShouldBe("partnership.partner-required");
    }

    [Fact]
    public async Task An_agreement_signed_in_the_future_is_refused()
    {
        var cityId = await client.ForeignCityIdAsync("Perth", "AU");

        using var response = await client.PostAsJsonAsync("/api/local-governments/26320/partnerships", new
        {
            partnerForeignCityId = cityId,
            type = "SisterCity",
            existingAgreement = true,
            signedOn = GyoryuApi.Today.AddDays(40).Iso(),
        }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("rule").GetString().ShouldBe("partnership.date.future");
        ErrorFields(problem.GetProperty("errors")).ShouldBe(["signedOn"]);
        (await client.ListAsync("/api/local-governments/26320/partnerships")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_step_dated_in_the_future_is_refused()
    {
        var candidate = await client.CreateCandidateAsync("26320", "Adelaide", "AU");

        using var response = await client.StepAsync(candidate.Summary.Id, "information-gathering",
            new { version = candidate.Version, on = GyoryuApi.Today.AddDays(2).Iso() });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("rule").GetString().ShouldBe("partnership.date.future");
        problem.GetProperty("errors").GetProperty("on")[0].GetString().ShouldBe("날짜는 오늘 이후일 수 없습니다.");
    }

    [Fact]
    public async Task A_step_on_an_unknown_partnership_is_not_found()
    {
        using var response = await client.StepAsync(987654, "information-gathering", new { version = 0, on = "2024-01-10" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/partnerships/987654")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Refusals_are_in_English_for_an_English_speaking_client()
    {
        using var english = app.CreateClient("en-US");
        var candidate = await english.CreateCandidateAsync("26350", "Auckland", "NZ");

        using var refused = await english.StepAsync(candidate.Summary.Id, "agreement", new { version = candidate.Version, type = "Friendship", signedOn = "2024-04-01" });
        await refused.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        var problem = await refused.ProblemAsync();
        problem.GetProperty("title").GetString().ShouldBe("The requested change was refused.");
        problem.GetProperty("detail").GetString().ShouldBe("Record a working-level meeting before signing an agreement.");

        using var stale = await english.StepAsync(candidate.Summary.Id, "information-gathering", new { version = candidate.Version + 1, on = "2024-01-10" });
        await stale.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await stale.ProblemAsync()).GetProperty("title").GetString().ShouldBe("Someone else saved first.");

        using var future = await english.StepAsync(candidate.Summary.Id, "information-gathering",
            new { version = candidate.Version, on = GyoryuApi.Today.AddDays(3).Iso() });
        await future.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var invalid = await future.ProblemAsync();
        invalid.GetProperty("title").GetString().ShouldBe("The input is not valid.");
        invalid.GetProperty("errors").GetProperty("on")[0].GetString().ShouldBe("The date cannot be in the future.");
    }

    [Fact]
    public async Task Missing_fields_are_named_in_English_for_an_English_speaking_client()
    {
        using var english = app.CreateClient("en-US");
        var candidate = await english.CreateCandidateAsync("26350", "Wellington", "NZ");

        using var response = await english.StepAsync(candidate.Summary.Id, "working-meetings", new { version = candidate.Version, heldOn = "2024-02-01" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("title").GetString().ShouldBe("The input is not valid.");
        var message = problem.GetProperty("errors").GetProperty("place")[0].GetString()!;
        message.ShouldNotBeEmpty();
        message.Any(IsHangul).ShouldBeFalse($"an English client got the Korean message \"{message}\"");
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static List<string> ErrorFields(JsonElement errors) => errors.EnumerateObject().Select(p => p.Name).ToList();
}

using System.Net;
using System.Net.Http.Json;
using Gyoryu.Web.Features.Benefits;
using Gyoryu.Web.Tests.Features.Exchanges;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Benefits;

/// <summary>The benefits API as an officer of 목포 (46110) uses it.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class BenefitsApiTests(WritableApp app)
{
    [Fact]
    public async Task A_benefit_goes_from_draft_to_published_to_withdrawn_and_a_second_withdrawal_conflicts()
    {
        using var officer = app.OfficerOf("46110");
        var tie = await officer.CreateExistingAsync("46110", "Annaka", "JP", "SisterCity", "1999");

        var offered = await officer.OfferOkAsync("46110", BenefitApi.Museum("목포자연사박물관 관람료 면제", tie.Summary.Id));
        offered.IsPublished.ShouldBeFalse();
        offered.PartnershipId.ShouldBe(tie.Summary.Id);
        offered.PartnerNameEn.ShouldBe("Annaka");

        var revision = BenefitApi.Museum("목포자연사박물관 관람료 50% 감면", tie.Summary.Id);
        revision["validUntil"] = "2030-12-31";
        revision["version"] = offered.Version;
        using var put = await officer.PutAsJsonAsync($"/api/benefits/{offered.Id}", revision, GyoryuAppFactory.Json);
        await put.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var revised = (await put.Content.ReadFromJsonAsync<BenefitItem>(GyoryuAppFactory.Json))!;
        revised.Title.ShouldBe("목포자연사박물관 관람료 50% 감면");
        revised.ValidUntil.ShouldBe(new DateOnly(2030, 12, 31));

        using var publish = await officer.BenefitStepAsync(offered.Id, "publish", revised.Version);
        await publish.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var published = (await publish.Content.ReadFromJsonAsync<BenefitItem>(GyoryuAppFactory.Json))!;
        published.IsPublished.ShouldBeTrue();
        published.PublishedAt.ShouldNotBeNull();

        using var withdraw = await officer.BenefitStepAsync(offered.Id, "withdraw", published.Version);
        await withdraw.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var withdrawn = (await withdraw.Content.ReadFromJsonAsync<BenefitItem>(GyoryuAppFactory.Json))!;
        using var again = await officer.BenefitStepAsync(offered.Id, "withdraw", withdrawn.Version);

        withdrawn.IsPublished.ShouldBeFalse();
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ProblemAsync()).GetProperty("rule").GetString().ShouldBe("benefit.withdraw.not-published");
        var listed = await officer.GetFromJsonAsync<List<BenefitItem>>("/api/local-governments/46110/benefits", GyoryuAppFactory.Json);
        listed!.Single(b => b.Id == offered.Id).Title.ShouldBe("목포자연사박물관 관람료 50% 감면");
    }

    [Fact]
    public async Task A_stale_version_conflicts_and_the_first_save_stays()
    {
        using var officer = app.OfficerOf("46110");
        var offered = await officer.OfferOkAsync("46110", BenefitApi.Museum("유달산 케이블카 요금 감면"));
        var first = BenefitApi.Museum("유달산 케이블카 요금 20% 감면");
        first["version"] = offered.Version;
        var second = BenefitApi.Museum("유달산 케이블카 요금 30% 감면");
        second["version"] = offered.Version;

        using var saved = await officer.PutAsJsonAsync($"/api/benefits/{offered.Id}", first, GyoryuAppFactory.Json);
        using var stale = await officer.PutAsJsonAsync($"/api/benefits/{offered.Id}", second, GyoryuAppFactory.Json);

        await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.ProblemAsync()).GetProperty("detail").GetString()!.ShouldStartWith("이 혜택은 다른 사용자가 먼저 수정했습니다.");
        (await officer.GetFromJsonAsync<BenefitItem>($"/api/benefits/{offered.Id}", GyoryuAppFactory.Json))!.Title.ShouldBe("유달산 케이블카 요금 20% 감면");
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_in_Korean_and_nothing_is_saved()
    {
        using var officer = app.OfficerOf("46110");
        var candidate = await officer.CreateCandidateAsync("46110", "Ashikaga", "JP");
        var before = (await officer.GetFromJsonAsync<List<BenefitItem>>("/api/local-governments/46110/benefits", GyoryuAppFactory.Json))!.Count;
        var noPlace = BenefitApi.Museum();
        noPlace["place"] = "";
        var backwards = BenefitApi.Museum();
        backwards["validFrom"] = "2027-03-01";
        backwards["validUntil"] = "2027-02-01";

        using var missing = await officer.OfferAsync("46110", noPlace);
        using var period = await officer.OfferAsync("46110", backwards);
        using var unsigned = await officer.OfferAsync("46110", BenefitApi.Museum(partnershipId: candidate.Summary.Id));
        using var unknown = await officer.OfferAsync("99999", BenefitApi.Museum());

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.ProblemAsync()).GetProperty("errors").GetProperty("place")[0].GetString().ShouldBe("장소·제공 기관을 입력하세요.");
        period.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await period.ProblemAsync()).GetProperty("errors").GetProperty("validUntil")[0].GetString().ShouldBe("종료일은 시작일보다 앞설 수 없습니다.");
        unsigned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unsigned.ProblemAsync()).GetProperty("errors").GetProperty("partnershipId")[0].GetString().ShouldBe("협약을 체결한 우리 기관의 교류 도시만 고를 수 있습니다.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetFromJsonAsync<List<BenefitItem>>("/api/local-governments/46110/benefits", GyoryuAppFactory.Json))!.Count.ShouldBe(before);
    }
}

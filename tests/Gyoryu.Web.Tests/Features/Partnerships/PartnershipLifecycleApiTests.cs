using System.Net;
using System.Net.Http.Json;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Partnerships;

/// <summary>The lifecycle through the JSON API. Owners here are 부산 districts (26xxx), so other tests of the collection never see them.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class PartnershipLifecycleApiTests(WritableApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_candidate_becomes_a_sister_city_through_meeting_council_approval_and_signing()
    {
        var candidate = await client.CreateCandidateAsync("26110", "Fukuoka", "JP", fields: ["Administration", "문화예술"]);
        candidate.Summary.Status.ShouldBe(PartnershipStatus.Candidate);
        candidate.Summary.PartnerNameEn.ShouldBe("Fukuoka");
        candidate.Summary.CountryCode.ShouldBe("JP");
        candidate.Summary.CountryNameKo.ShouldBe("일본");
        candidate.Summary.Fields.ShouldBe(["Administration", "CultureArts"]);
        candidate.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineKind.CandidateRegistered);
        candidate.AvailableSteps.ShouldBe([LifecycleStep.InformationGathering, LifecycleStep.WorkingMeeting, LifecycleStep.Terminate]);

        var exploring = await client.StepOkAsync(candidate.Summary.Id, "information-gathering",
            new { version = candidate.Version, on = "2024-01-10", note = "후쿠오카 국제교류과 의향 타진" });
        exploring.Summary.Status.ShouldBe(PartnershipStatus.Exploring);
        exploring.Version.ShouldBe(candidate.Version + 1);
        exploring.Summary.Version.ShouldBe(exploring.Version);
        exploring.Timeline.Count.ShouldBe(2);
        exploring.Timeline[0].Kind.ShouldBe(TimelineKind.InformationGathering);
        exploring.Timeline[0].OccurredOn.ShouldBe("2024-01-10");
        exploring.Timeline[0].StatusAfter.ShouldBe(PartnershipStatus.Exploring);

        var negotiating = await client.StepOkAsync(candidate.Summary.Id, "working-meetings", new
        {
            version = exploring.Version,
            heldOn = "2024-02",
            place = "부산 중구청",
            attendees = "중구 국제협력팀, 후쿠오카시 국제교류과",
            agreedFields = new[] { "Tourism", "청소년" },
            minutes = "자매결연 추진에 합의",
        });
        negotiating.Summary.Status.ShouldBe(PartnershipStatus.Negotiating);
        negotiating.Version.ShouldBe(exploring.Version + 1);
        var meeting = negotiating.Meetings.ShouldHaveSingleItem();
        meeting.HeldOn.ShouldBe("2024-02");
        meeting.Place.ShouldBe("부산 중구청");
        meeting.AgreedFields.ShouldBe(["Tourism", "Youth"]);
        negotiating.Timeline[0].Kind.ShouldBe(TimelineKind.WorkingMeeting);

        var approved = await client.StepOkAsync(candidate.Summary.Id, "council-approvals",
            new { version = negotiating.Version, approvedOn = "2024-03-05", forType = "SisterCity", resolutionNumber = "제301회 제2차 본회의" });
        approved.Summary.Status.ShouldBe(PartnershipStatus.CouncilApproved);
        approved.Version.ShouldBe(negotiating.Version + 1);
        approved.CouncilApprovals.ShouldHaveSingleItem().ForType.ShouldBe(PartnershipType.SisterCity);
        approved.AvailableSteps.ShouldContain(LifecycleStep.SignAgreement);

        var signed = await client.StepOkAsync(candidate.Summary.Id, "agreement",
            new { version = approved.Version, type = "SisterCity", signedOn = "2024-04-01", place = "후쿠오카 시청" });
        signed.Summary.Status.ShouldBe(PartnershipStatus.Active);
        signed.Summary.Type.ShouldBe(PartnershipType.SisterCity);
        signed.Summary.SignedOn.ShouldBe("2024-04-01");
        signed.SigningPlace.ShouldBe("후쿠오카 시청");
        signed.Version.ShouldBe(approved.Version + 1);
        signed.Timeline.Select(t => t.Kind).ShouldBe([
            TimelineKind.AgreementSigned, TimelineKind.CouncilApproval, TimelineKind.WorkingMeeting,
            TimelineKind.InformationGathering, TimelineKind.CandidateRegistered,
        ]);
        signed.AvailableSteps.ShouldBe([LifecycleStep.MarkDormant, LifecycleStep.Terminate]);

        var reread = await client.GetPartnershipAsync(candidate.Summary.Id);
        reread.Version.ShouldBe(signed.Version);
        reread.Summary.Status.ShouldBe(PartnershipStatus.Active);
        reread.Timeline.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Yongin_and_Pohang_are_upgraded_to_sister_cities_after_the_council_approves()
    {
        var pohang = (await client.ListAsync("/api/local-governments/41460/partnerships?type=Friendship")).Items.Single(p => p.PartnerNameKo == "포항시");

        using (var early = await client.StepAsync(pohang.Id, "upgrade", new { version = pohang.Version, upgradedOn = "2025-05-14" }))
        {
            await early.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
            (await early.ProblemAsync()).GetProperty("rule").GetString().ShouldBe("partnership.upgrade.council-approval-required");
        }

        var approved = await client.StepOkAsync(pohang.Id, "council-approvals",
            new { version = pohang.Version, approvedOn = "2025-04-22", forType = "SisterCity", resolutionNumber = "용인시의회 제290회" });
        approved.Summary.Type.ShouldBe(PartnershipType.Friendship);
        approved.Summary.Status.ShouldBe(PartnershipStatus.Active);
        approved.AvailableSteps.ShouldContain(LifecycleStep.UpgradeToSisterCity);

        var upgraded = await client.StepOkAsync(pohang.Id, "upgrade", new { version = approved.Version, upgradedOn = "2025-05-14", place = "용인시청" });

        upgraded.Summary.Type.ShouldBe(PartnershipType.SisterCity);
        upgraded.Summary.UpgradedOn.ShouldBe("2025-05-14");
        upgraded.Summary.SignedOn.ShouldBe("2024-05-14");
        upgraded.Timeline[0].Kind.ShouldBe(TimelineKind.UpgradedToSisterCity);
        upgraded.AvailableSteps.ShouldNotContain(LifecycleStep.UpgradeToSisterCity);
        var fromPohang = (await client.ListAsync("/api/local-governments/47110/partnerships")).Items.ShouldHaveSingleItem();
        fromPohang.Type.ShouldBe(PartnershipType.SisterCity);
        fromPohang.UpgradedOn.ShouldBe("2025-05-14");
    }

    [Fact]
    public async Task A_signed_tie_goes_dormant_is_reactivated_renewed_and_terminated()
    {
        var candidate = await client.CreateCandidateAsync("26140", "Lyon", "FR", type: "Friendship");
        var meeting = await client.StepOkAsync(candidate.Summary.Id, "working-meetings",
            new { version = candidate.Version, heldOn = "2023-05-02", place = "리옹", attendees = "서구 대표단" });
        var signed = await client.StepOkAsync(candidate.Summary.Id, "agreement",
            new { version = meeting.Version, type = "Friendship", signedOn = "2023-06-01", expiresOn = "2026-05-31" });
        signed.ExpiresOn.ShouldBe(new DateOnly(2026, 5, 31));
        signed.AvailableSteps.ShouldContain(LifecycleStep.Renew);

        var renewed = await client.StepOkAsync(candidate.Summary.Id, "renewal",
            new { version = signed.Version, renewedOn = "2024-05-01", newExpiresOn = "2029-05-31" });
        renewed.ExpiresOn.ShouldBe(new DateOnly(2029, 5, 31));
        renewed.LastRenewedOn.ShouldBe(new DateOnly(2024, 5, 1));

        var dormant = await client.StepOkAsync(candidate.Summary.Id, "dormancy", new { version = renewed.Version, since = "2025-01-01", reason = "2년간 교류 없음" });
        dormant.Summary.Status.ShouldBe(PartnershipStatus.Dormant);
        dormant.DormantSince.ShouldBe(new DateOnly(2025, 1, 1));

        var active = await client.StepOkAsync(candidate.Summary.Id, "reactivation", new { version = dormant.Version, on = "2025-06-01" });
        active.Summary.Status.ShouldBe(PartnershipStatus.Active);
        active.DormantSince.ShouldBeNull();

        var ended = await client.StepOkAsync(candidate.Summary.Id, "termination",
            new { version = active.Version, on = "2025-09-01", reason = "상호 합의", decision = "구청장 결재" });
        ended.Summary.Status.ShouldBe(PartnershipStatus.Terminated);
        ended.TerminatedOn.ShouldBe(new DateOnly(2025, 9, 1));
        ended.TerminationReason.ShouldBe("상호 합의");
        ended.TerminationDecision.ShouldBe("구청장 결재");
        ended.AvailableSteps.ShouldBeEmpty();

        // With the old tie ended, the same pair may start again.
        var again = await client.CreateCandidateAsync("26140", "Lyon", "FR");
        again.Summary.Id.ShouldNotBe(candidate.Summary.Id);
    }

    [Fact]
    public async Task Details_and_contacts_are_edited_with_the_version_seen()
    {
        var candidate = await client.CreateCandidateAsync("26170", "Hanoi", "VN");

        var edited = await client.PutAsJsonAsync($"/api/partnerships/{candidate.Summary.Id}",
            new { version = candidate.Version, fields = new[] { "Economy", "교육" }, motive = "베트남 교류 확대", history = "2019년 첫 방문", dateBasis = "내부 결재" },
            GyoryuAppFactory.Json);
        await edited.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var afterEdit = (await edited.Content.ReadFromJsonAsync<Gyoryu.Web.Features.Partnerships.PartnershipDetail>(GyoryuAppFactory.Json))!;
        afterEdit.Summary.Fields.ShouldBe(["Economy", "Education"]);
        afterEdit.Motive.ShouldBe("베트남 교류 확대");
        afterEdit.DateBasis.ShouldBe("내부 결재");
        afterEdit.Version.ShouldBe(candidate.Version + 1);

        var withContact = await client.StepOkAsync(candidate.Summary.Id, "contacts", new
        {
            version = afterEdit.Version,
            side = "Partner",
            name = "Nguyen Van A",
            organisation = "Hanoi People's Committee",
            position = "Director",
            email = "a@hanoi.gov.vn",
            isSignatory = true,
        });
        var contact = withContact.Contacts.ShouldHaveSingleItem();
        contact.Name.ShouldBe("Nguyen Van A");
        contact.IsSignatory.ShouldBeTrue();
        withContact.Timeline[0].Kind.ShouldBe(TimelineKind.ContactAdded);
    }

    [Fact]
    public async Task A_domestic_partnership_is_registered_between_two_Korean_governments()
    {
        var created = await client.CreatePartnershipAsync("26200", new
        {
            partnerLocalGovernmentCode = "28710",
            type = "Friendship",
            fields = new[] { "관광", "Agriculture" },
            existingAgreement = true,
            signedOn = "2019-10",
            history = "영도구-강화군 섬 지역 우호교류",
            motive = "섬 관광 자원 공동 홍보",
            dateBasis = "영도구 보도자료 2019-10-15",
            signingPlace = "영도구청",
        });

        created.Motive.ShouldBe("섬 관광 자원 공동 홍보");
        created.DateBasis.ShouldBe("영도구 보도자료 2019-10-15");
        created.SigningPlace.ShouldBe("영도구청");
        created.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineKind.ExistingAgreementRegistered);

        created.Summary.Scope.ShouldBe("domestic");
        created.Summary.PartnerNameKo.ShouldBe("강화군");
        created.Summary.PartnerRegion.ShouldBe("인천광역시");
        created.Summary.SignedOn.ShouldBe("2019-10");
        created.Summary.Fields.ShouldBe(["Tourism", "Agriculture"]);
        (await client.ListAsync("/api/local-governments/28710/partnerships")).Items.ShouldHaveSingleItem().PartnerNameKo.ShouldBe("영도구");
    }
}

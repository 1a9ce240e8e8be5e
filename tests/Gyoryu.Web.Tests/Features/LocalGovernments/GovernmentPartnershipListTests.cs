using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.LocalGovernments;

/// <summary>The demo data: 김포시's ties from the 2024-01-25 article and 용인특례시-포항시 from the 2024-05-15 one.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class GovernmentPartnershipListTests(DemoApp app)
{
    private static readonly string[] General = ["Administration", "CultureArts", "Tourism"];

    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Gimpo_has_six_signed_sister_cities_and_Ulleung_in_talks()
    {
        var list = await client.ListAsync("/api/local-governments/41570/partnerships");

        list.Total.ShouldBe(7);
        list.Items.Count.ShouldBe(7);
        list.Items.ShouldAllBe(p => p.GovernmentCode == "41570" && p.GovernmentNameKo == "김포시" && p.GovernmentNameEn == "Gimpo-si");
        var signed = list.Items.Where(p => p.Status == PartnershipStatus.Active).ToList();
        signed.Count.ShouldBe(6);
        signed.ShouldAllBe(p => p.Type == PartnershipType.SisterCity);
        signed.Select(p => p.PartnerNameKo).ShouldBe(["동작구", "가평군", "상주시", "해남군", "허쩌(하택)시", "글렌데일시"], ignoreOrder: true);

        var ulleung = list.Items.Single(p => p.PartnerNameKo == "울릉군");
        ulleung.Status.ShouldBe(PartnershipStatus.Negotiating);
        ulleung.Type.ShouldBe(PartnershipType.SisterCity);
        ulleung.SignedOn.ShouldBeNull();
        ulleung.PartnerNameEn.ShouldBe("Ulleung-gun");
        ulleung.Fields.ShouldBe(["Administration", "People", "Tourism"]);
    }

    [Fact]
    public async Task Domestic_partners_carry_both_names_their_province_and_known_dates()
    {
        var items = (await client.ListAsync("/api/local-governments/41570/partnerships")).Items;

        var dongjak = items.Single(p => p.PartnerNameKo == "동작구");
        dongjak.PartnerNameEn.ShouldBe("Dongjak-gu");
        dongjak.PartnerRegion.ShouldBe("서울특별시");
        dongjak.CountryCode.ShouldBe("KR");
        dongjak.CountryNameKo.ShouldBe("대한민국");
        dongjak.CountryNameEn.ShouldBe("South Korea");
        dongjak.Scope.ShouldBe("domestic");
        dongjak.SignedOn.ShouldBe("2023-04");
        dongjak.Fields.ShouldBe(General);

        items.Single(p => p.PartnerNameKo == "가평군").SignedOn.ShouldBe("2023-09");
        items.Single(p => p.PartnerNameKo == "상주시").SignedOn.ShouldBeNull();
        items.Single(p => p.PartnerNameKo == "해남군").PartnerNameEn.ShouldBe("Haenam-gun");
    }

    [Fact]
    public async Task Foreign_partners_carry_Korean_and_English_names_and_their_country()
    {
        var items = (await client.ListAsync("/api/local-governments/41570/partnerships")).Items;

        var heze = items.Single(p => p.PartnerNameEn == "Heze");
        heze.PartnerNameKo.ShouldBe("허쩌(하택)시");
        heze.CountryCode.ShouldBe("CN");
        heze.CountryNameKo.ShouldBe("중국");
        heze.CountryNameEn.ShouldBe("China");
        heze.Scope.ShouldBe("international");
        heze.Fields.ShouldBe(["Administration", "CultureArts", "Economy", "Tourism"]);

        var glendale = items.Single(p => p.PartnerNameEn == "Glendale");
        glendale.PartnerNameKo.ShouldBe("글렌데일시");
        glendale.CountryCode.ShouldBe("US");
        glendale.CountryNameKo.ShouldBe("미국");
        glendale.PartnerRegion.ShouldBe("California");
        glendale.Fields.ShouldBe(["Administration", "CultureArts", "Tourism", "Education"]);
        glendale.Latitude.ShouldNotBeNull();
    }

    [Fact]
    public async Task Yongin_lists_Pohang_as_a_friendship_signed_on_14_May_2024()
    {
        var list = await client.ListAsync("/api/local-governments/41460/partnerships");

        list.Total.ShouldBe(12);
        var pohang = list.Items.Single(p => p.PartnerNameKo == "포항시");
        pohang.PartnerNameEn.ShouldBe("Pohang-si");
        pohang.Type.ShouldBe(PartnershipType.Friendship);
        pohang.Status.ShouldBe(PartnershipStatus.Active);
        pohang.SignedOn.ShouldBe("2024-05-14");
        pohang.UpgradedOn.ShouldBeNull();
        pohang.Fields.ShouldBe(["Administration", "People", "CultureArts", "Economy", "Tourism"]);
        list.Items.Single(p => p.PartnerNameKo == "진도군").SignedOn.ShouldBe("2006");
    }

    [Fact]
    public async Task A_domestic_tie_is_seen_from_both_sides()
    {
        var fromYongin = (await client.ListAsync("/api/local-governments/41460/partnerships")).Items.Single(p => p.PartnerNameKo == "포항시");
        var fromPohang = (await client.ListAsync("/api/local-governments/47110/partnerships")).Items.ShouldHaveSingleItem();

        fromPohang.Id.ShouldBe(fromYongin.Id);
        fromPohang.GovernmentCode.ShouldBe("47110");
        fromPohang.GovernmentNameKo.ShouldBe("포항시");
        fromPohang.PartnerNameKo.ShouldBe("용인시");
        fromPohang.PartnerNameEn.ShouldBe("Yongin-si");
        fromPohang.PartnerRegion.ShouldBe("경기도");
        fromPohang.Type.ShouldBe(PartnershipType.Friendship);
        fromPohang.SignedOn.ShouldBe("2024-05-14");
    }

    [Fact]
    public async Task The_detail_of_a_partnership_has_its_timeline_and_details()
    {
        var pohang = (await client.ListAsync("/api/local-governments/41460/partnerships")).Items.Single(p => p.PartnerNameKo == "포항시");

        var detail = await client.GetPartnershipAsync(pohang.Id);

        detail.OwnerCode.ShouldBe("41460");
        detail.SigningPlace.ShouldBe("포항시청 대회의실");
        detail.Motive!.ShouldContain("반도체");
        detail.Timeline.ShouldContain(t => t.Kind == TimelineKind.ExistingAgreementRegistered && t.OccurredOn == "2024-05-14");
        // The upgrade is offered only once the council has resolved the sister-city agreement.
        detail.AvailableSteps.ShouldContain(LifecycleStep.CouncilApproval);
        detail.AvailableSteps.ShouldNotContain(LifecycleStep.UpgradeToSisterCity);
        detail.Version.ShouldBe(pohang.Version);
    }

    [Fact]
    public async Task Statuses_and_types_are_sent_as_names()
    {
        var json = await client.GetStringAsync("/api/local-governments/47110/partnerships");

        json.ShouldContain("\"type\":\"Friendship\"");
        json.ShouldContain("\"status\":\"Active\"");
    }
}

using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Tests.Discovery.Profiles;

public sealed class PlaceProfileTests
{
    private static readonly PartnerRef Gimpo = new(PartnerKind.LocalGovernment, "41570", null);

    private static readonly Stamp Reference = new("reference-data", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    private static readonly Stamp Clerk = new("clerk@gimpo", new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    private static PlaceProfile Described()
    {
        var profile = PlaceProfile.Start(Gimpo, Reference);
        profile.Describe([Industry.Waterways, Industry.Agriculture], [GoalTag.Waterfront], "글로벌 수로도시", true, "쌀, 인삼", "김포 아라뱃길 축제", "보도자료", Clerk);
        return profile;
    }

    [Fact]
    public void A_started_profile_knows_its_place_and_says_nothing_yet()
    {
        var profile = PlaceProfile.Start(new PartnerRef(PartnerKind.ForeignCity, null, 42), Reference);

        profile.PlaceKey.ShouldBe("FC-42");
        profile.ForeignCityId.ShouldBe(42);
        profile.Industries.ShouldBeEmpty();
        profile.GoalTags.ShouldBeEmpty();
        profile.Coastal.ShouldBeNull();
        profile.Festivals.ShouldBeNull();
        profile.TextForMatching().ShouldBeNull();
    }

    [Fact]
    public void Describing_replaces_every_editable_value_and_stamps_the_change()
    {
        var profile = Described();

        profile.Industries.ShouldBe([Industry.Agriculture, Industry.Waterways]);
        profile.IndustryMask.ShouldBe(Industry.Waterways.Bit() | Industry.Agriculture.Bit());
        profile.GoalTags.ShouldBe([GoalTag.Waterfront]);
        profile.GoalText.ShouldBe("글로벌 수로도시");
        profile.Coastal.ShouldBe(true);
        profile.Specialties.ShouldBe("쌀, 인삼");
        profile.Festivals.ShouldBe("김포 아라뱃길 축제");
        profile.Source.ShouldBe("보도자료");
        profile.UpdatedBy.ShouldBe(Clerk.By);
    }

    [Fact]
    public void Lists_are_tidied_one_item_each_without_repeats()
    {
        var profile = PlaceProfile.Start(Gimpo, Reference);

        profile.Describe([], [], null, null, "쌀,  인삼\n쌀 ,", "  아라뱃길 축제 \r\n\r\n한강 축제\n아라뱃길 축제", null, Clerk);

        profile.Specialties.ShouldBe("쌀, 인삼");
        profile.Festivals.ShouldBe("아라뱃길 축제\n한강 축제");
    }

    [Fact]
    public void Empty_text_is_stored_as_unknown_and_coastal_may_be_unknown()
    {
        var profile = Described();

        profile.Describe([], [], "  ", null, " , ", "\n", "", Clerk);

        profile.GoalText.ShouldBeNull();
        profile.Specialties.ShouldBeNull();
        profile.Festivals.ShouldBeNull();
        profile.Source.ShouldBeNull();
        profile.Coastal.ShouldBeNull();
        profile.IndustryMask.ShouldBe(0UL);
    }

    [Fact]
    public void Goal_text_over_the_limit_is_refused_and_nothing_changes()
    {
        var profile = Described();

        var refusal = Should.Throw<DomainRuleException>(() =>
            profile.Describe([Industry.Steel], [], new string('가', PlaceProfile.MaxGoalTextLength + 1), false, null, null, null, Reference));

        refusal.Rule.ShouldBe("profile.text-too-long");
        refusal.Field.ShouldBe("GoalText");
        profile.Industries.ShouldBe([Industry.Agriculture, Industry.Waterways]);
        profile.Coastal.ShouldBe(true);
        profile.UpdatedBy.ShouldBe(Clerk.By);
    }

    [Fact]
    public void An_unknown_industry_code_is_refused_rather_than_stored_as_a_stray_bit()
    {
        var profile = Described();

        Should.Throw<DomainRuleException>(() => profile.Describe([(Industry)70], [], null, null, null, null, null, Reference))
            .Field.ShouldBe("Industries");
        Should.Throw<DomainRuleException>(() => profile.Describe([], [(GoalTag)GoalTags.Count], null, null, null, null, null, Reference))
            .Field.ShouldBe("GoalTags");
        profile.Industries.Count.ShouldBe(2);
    }

    [Fact]
    public void Prefill_takes_festival_names_and_their_subjects_as_specialties()
    {
        var profile = PlaceProfile.Start(Gimpo, Reference);

        var filled = profile.PrefillFromFestivals([("김포 아라뱃길 축제", "아라뱃길"), ("김포 아라뱃길 축제", "아라뱃길"), ("김포 쌀 축제", null)], "축제 표준데이터");

        filled.ShouldBeTrue();
        profile.Festivals.ShouldBe("김포 아라뱃길 축제\n김포 쌀 축제");
        profile.Specialties.ShouldBe("아라뱃길");
        profile.Source.ShouldBe("축제 표준데이터");
    }

    [Fact]
    public void Prefill_never_overwrites_what_an_officer_wrote()
    {
        var profile = Described();

        profile.PrefillFromFestivals([("다른 축제", "다른")], "축제 표준데이터").ShouldBeFalse();

        profile.Festivals.ShouldBe("김포 아라뱃길 축제");
        profile.Source.ShouldBe("보도자료");
    }

    [Fact]
    public void Prefill_with_no_festivals_leaves_the_profile_empty()
    {
        var profile = PlaceProfile.Start(Gimpo, Reference);

        profile.PrefillFromFestivals([], "축제 표준데이터").ShouldBeFalse();

        profile.Source.ShouldBeNull();
    }

    [Fact]
    public void Prefill_keeps_whole_festival_names_when_the_list_is_longer_than_the_column()
    {
        var profile = PlaceProfile.Start(Gimpo, Reference);
        var festivals = Enumerable.Range(0, 1000).Select(i => ($"축제 {i:D4} 이름", (string?)null)).ToList();

        profile.PrefillFromFestivals(festivals, "축제 표준데이터");

        profile.Festivals!.Length.ShouldBeLessThanOrEqualTo(PlaceProfile.MaxFestivalsLength);
        profile.Festivals.Split('\n').ShouldAllBe(name => name.StartsWith("축제 ") && name.EndsWith(" 이름"));
    }

    [Fact]
    public void Text_for_matching_joins_vision_goals_specialties_and_festivals()
    {
        Described().TextForMatching("비전").ShouldBe("비전 글로벌 수로도시 쌀, 인삼 김포 아라뱃길 축제");
    }

    [Fact]
    public void Place_keys_round_trip_for_governments_and_foreign_cities()
    {
        PlaceKey.TryParse("KR-41570", out var government).ShouldBeTrue();
        government.ShouldBe(Gimpo);
        PlaceKey.TryParse("FC-42", out var city).ShouldBeTrue();
        PlaceKey.Of(city).ShouldBe("FC-42");
        PlaceKey.TryParse("FC-0", out _).ShouldBeFalse();
        PlaceKey.TryParse("KR-4157", out _).ShouldBeFalse();
        PlaceKey.TryParse("fc-42", out _).ShouldBeFalse();
    }

    [Fact]
    public void Every_industry_and_goal_tag_has_a_korean_and_an_english_label()
    {
        Industries.All.Count.ShouldBe(Industries.Count);
        Industries.All.ShouldAllBe(i => i.Korean().Length > 0 && i.English().Length > 0);
        GoalTags.All.ShouldAllBe(t => t.Korean().Length > 0 && t.English().Length > 0);
        Industries.InMask(Industries.Mask(Industry.Forestry, Industry.Semiconductors)).ShouldBe([Industry.Semiconductors, Industry.Forestry]);
    }
}
